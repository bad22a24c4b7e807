/** The tiny kernel every module may use: identifiers and value types, no behaviour of note. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.vern.shared;
