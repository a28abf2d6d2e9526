package io.casedesk.cases;

/** Who did something to a case: a staff user, a customer contact, or Casedesk itself. */
public record Actor(AuthorKind kind, String id, String name) {

    public static final Actor SYSTEM = new Actor(AuthorKind.SYSTEM, "casedesk", "Casedesk");

    public static Actor staff(String userId) {
        return new Actor(AuthorKind.STAFF, userId, userId);
    }

    public static Actor customer(String email, String name) {
        return new Actor(AuthorKind.CUSTOMER, email, name);
    }

    /** The form kept in history rows and process variables. */
    public String reference() {
        return kind == AuthorKind.SYSTEM ? id : kind.name().toLowerCase() + ":" + id;
    }

    public static Actor fromReference(String reference) {
        if (reference == null || reference.isBlank() || SYSTEM.id.equals(reference)) {
            return SYSTEM;
        }
        int colon = reference.indexOf(':');
        if (colon < 0) {
            return staff(reference);
        }
        AuthorKind kind = AuthorKind.valueOf(reference.substring(0, colon).toUpperCase());
        String id = reference.substring(colon + 1);
        return new Actor(kind, id, id);
    }
}
