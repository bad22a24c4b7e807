/** The tiny kernel every module may use: identifiers and value types, no behaviour of note. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package no.vern.shared;
