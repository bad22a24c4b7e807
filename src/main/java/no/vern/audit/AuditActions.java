package no.vern.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vern.shared.Contributions;

/**
 * Every audit action of every module, collected from the enums implementing {@link AuditAction}.
 * Built once, on first use; a clash (a code or a name used twice, a code outside its module's
 * ranges, two modules claiming one range) stops Vern with a message naming both sides.
 */
public final class AuditActions {

  private static final class Holder {
    static final AuditActions ALL = of(Contributions.enumConstantsImplementing(AuditAction.class));
  }

  private final Map<Integer, AuditAction> byCode;
  private final List<AuditAction> sorted;
  private final List<AuditAction> reads;

  private AuditActions(Map<Integer, AuditAction> byCode) {
    this.byCode = Map.copyOf(byCode);
    this.sorted =
        byCode.values().stream().sorted(Comparator.comparingInt(AuditAction::code)).toList();
    this.reads = sorted.stream().filter(AuditActions::readsPersonalData).toList();
  }

  /** The action with this code; throws for a code no module declares. */
  public static AuditAction ofCode(int code) {
    AuditAction action = Holder.ALL.byCode.get(code);
    if (action == null) {
      throw new IllegalArgumentException("Unknown audit action code " + code);
    }
    return action;
  }

  /** All actions, by code. */
  public static List<AuditAction> all() {
    return Holder.ALL.sorted;
  }

  /** The actions marked {@link ReadOfPersonalData}, by code. */
  public static List<AuditAction> reads() {
    return Holder.ALL.reads;
  }

  private static boolean readsPersonalData(AuditAction action) {
    if (!(action instanceof Enum<?> e)) {
      return false;
    }
    try {
      return e.getDeclaringClass().getField(e.name()).isAnnotationPresent(ReadOfPersonalData.class);
    } catch (NoSuchFieldException impossible) {
      return false;
    }
  }

  /** Checks and indexes a set of actions; package-visible so tests can feed it clashing sets. */
  static AuditActions of(Collection<? extends AuditAction> actions) {
    Map<Integer, AuditAction> byCode = new HashMap<>();
    Map<String, AuditAction> byName = new HashMap<>();
    List<Owned> ranges = new ArrayList<>();
    for (AuditAction action : actions) {
      Class<?> owner = owner(action);
      AuditCodes[] owned = owner.getAnnotationsByType(AuditCodes.class);
      for (AuditCodes range : owned) {
        ranges.add(new Owned(owner, range.from(), range.to()));
      }
      if (java.util.Arrays.stream(owned)
          .noneMatch(r -> r.from() <= action.code() && action.code() <= r.to())) {
        throw clash(action + " has code " + action.code() + " outside the ranges of " + owner);
      }
      AuditAction sameCode = byCode.putIfAbsent(action.code(), action);
      if (sameCode != null) {
        throw clash(
            "code " + action.code() + " is used by " + name(sameCode) + " and " + name(action));
      }
      AuditAction sameName = byName.putIfAbsent(action.name(), action);
      if (sameName != null) {
        throw clash("name " + action.name() + " is used in " + owner(sameName) + " and " + owner);
      }
    }
    checkRangesDisjoint(ranges);
    return new AuditActions(byCode);
  }

  private record Owned(Class<?> owner, int from, int to) {}

  private static void checkRangesDisjoint(List<Owned> ranges) {
    for (Owned a : ranges) {
      for (Owned b : ranges) {
        if (a.owner() != b.owner() && a.from() <= b.to() && b.from() <= a.to()) {
          throw clash("ranges of " + a.owner() + " and " + b.owner() + " overlap");
        }
      }
    }
  }

  private static Class<?> owner(AuditAction action) {
    return action instanceof Enum<?> e ? e.getDeclaringClass() : action.getClass();
  }

  private static String name(AuditAction action) {
    return owner(action).getSimpleName() + "." + action.name();
  }

  private static IllegalStateException clash(String what) {
    return new IllegalStateException("Audit actions clash: " + what);
  }
}
