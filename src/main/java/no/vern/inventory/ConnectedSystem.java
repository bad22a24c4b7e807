package no.vern.inventory;

import java.util.List;

/**
 * One of the organisation's own systems or processors that holds personal data of some activities
 * (Art. 17, 19): every request that changes or exports a person's data becomes a task for it. A
 * {@code webhook} system is sent the task over HTTPS, signed with a secret kept outside the
 * inventory (a setting or a key file keyed by the system's id, docs/dsr.md); a {@code manual} one
 * is a checklist for the person named in {@code assignee}.
 *
 * @param recipient the inventory recipient this system is, when data disclosed to that recipient is
 *     held here: an Art. 19 notice to it goes through the system's task
 * @param requests the request types the system takes ({@code access}, {@code portability}, {@code
 *     rectification}, {@code erasure}, {@code restriction}, {@code objection}); empty for all of
 *     them. A system whose data Vern already holds need not export it for access.
 * @param identifiers the identifier types the system needs to find the person ({@code email},
 *     {@code customerNumber}, ...); empty for all Vern holds
 */
public record ConnectedSystem(
    String id,
    Text name,
    String kind,
    List<String> activities,
    String recipient,
    List<String> requests,
    List<String> identifiers,
    String url,
    String assignee,
    List<Text> checklist) {

  public static final String WEBHOOK = "webhook";
  public static final String MANUAL = "manual";

  public ConnectedSystem {
    activities = ModelLists.copy(activities);
    requests = ModelLists.copy(requests);
    identifiers = ModelLists.copy(identifiers);
    checklist = ModelLists.copy(checklist);
  }

  public boolean webhook() {
    return WEBHOOK.equals(kind);
  }

  /** Whether the system takes requests of this type ({@code erasure}, ...). */
  public boolean takes(String type) {
    return requests.isEmpty() || requests.contains(type);
  }
}
