/**
 * Connected systems and Art. 19 notices (issue 14, items 5 and 7): one task per connected system
 * for every request that changes or exports a person's data and for every sweep erasure, sent to a
 * webhook through an outbox with retries or handed to a person as a checklist; a request is
 * fulfilled only when its tasks are done. After a correction, erasure or restriction every
 * recipient that received the data is notified (Art. 19), and the acknowledgements are tracked.
 * docs/dsr.md, "Connected systems and tasks" and "Notices to recipients (Art. 19)".
 */
@NullMarked
package no.vern.dsr.systems;

import org.jspecify.annotations.NullMarked;
