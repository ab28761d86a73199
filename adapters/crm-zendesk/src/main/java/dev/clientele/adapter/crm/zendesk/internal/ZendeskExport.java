package dev.clientele.adapter.crm.zendesk.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The records of one export that matter for interactions, kept small: only the fields the mapping
 * reads, not the JSON trees. When the same record arrives twice, the later {@code updated_at} wins.
 */
final class ZendeskExport {

    record User(String id, String name, String role, String organizationId, boolean payer, boolean decisionMaker,
                String updatedAt) {
    }

    record Organization(String id, String name, String tier, String updatedAt) {
    }

    record Ticket(String id, String channel, String createdAt, TextSpill.Text description, String requesterId,
                  String organizationId, String status, String updatedAt) {
    }

    /** A public comment; {@code at} is null when {@code created_at} was missing, or unreadable as {@code rawAt}. */
    record Comment(String id, String ticketId, String authorId, TextSpill.Text text, Instant at, String rawAt) {
    }

    private final RoleRules rules;
    private final TextSpill texts;
    private final Map<String, User> users = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, Set<String>> organizationsOfUser = new HashMap<>();
    private final Map<String, Ticket> tickets = new TreeMap<>(Ids.ORDER);
    private final Map<String, Map<String, Comment>> commentsByTicket = new HashMap<>();
    private final Map<String, String> sharedIds = new HashMap<>();
    private final Map<String, Set<String>> separateTags = new HashMap<>();
    private Map<String, List<User>> membersWithRoles;

    ZendeskExport(RoleRules rules, TextSpill texts) {
        this.rules = rules;
        this.texts = texts;
    }

    /** A text the export stored while it was read. */
    String text(TextSpill.Text where) {
        return texts.get(where);
    }

    /** Adds a user; empty when it has an id, else the reason it was left out. */
    Optional<String> addUser(JsonNode json) {
        String id = Ids.of(json.path("id"));
        if (id == null) {
            return Optional.of("user without an id");
        }
        User user = new User(id, Texts.orNull(json.path("name")), Texts.orNull(json.path("role")),
                Ids.of(json.path("organization_id")), rules.isPayer(json), rules.isDecisionMaker(json),
                Texts.orNull(json.path("updated_at")));
        users.merge(id, user, (held, arriving) -> newer(held.updatedAt(), arriving.updatedAt()) ? arriving : held);
        if (user.organizationId() != null) {
            organizationsOfUser.computeIfAbsent(id, k -> new TreeSet<>(Ids.ORDER)).add(user.organizationId());
        }
        return Optional.empty();
    }

    /** A row of a warehouse's {@code user_tag} table: one tag of one user. */
    Optional<String> addUserTag(JsonNode json) {
        String user = Ids.of(json.path("user_id"));
        String tag = Texts.orNull(json.path("tag"));
        if (user == null || tag == null) {
            return Optional.of("user tag without a user_id or a tag");
        }
        separateTags.computeIfAbsent(user, k -> new TreeSet<>()).add(tag);
        return Optional.empty();
    }

    /** Whether the user pays, by a field or tag on the user record or a tag given apart from it. */
    boolean isPayer(User user) {
        return user.payer() || rules.tagsMarkPayer(separateTags.getOrDefault(user.id(), Set.of()));
    }

    /** Whether the user decides, by a field or tag on the user record or a tag given apart from it. */
    boolean isDecisionMaker(User user) {
        return user.decisionMaker() || rules.tagsMarkDecisionMaker(separateTags.getOrDefault(user.id(), Set.of()));
    }

    Optional<String> addOrganization(JsonNode json) {
        String id = Ids.of(json.path("id"));
        if (id == null) {
            return Optional.of("organization without an id");
        }
        String tier = rules.tierField() == null ? null
                : Texts.orNull(json.path("organization_fields").path(rules.tierField()));
        Organization organization = new Organization(id, Texts.orNull(json.path("name")), tier,
                Texts.orNull(json.path("updated_at")));
        organizations.merge(id, organization,
                (held, arriving) -> newer(held.updatedAt(), arriving.updatedAt()) ? arriving : held);
        return Optional.empty();
    }

    Optional<String> addMembership(JsonNode json) {
        String user = Ids.of(json.path("user_id"));
        String organization = Ids.of(json.path("organization_id"));
        if (user == null || organization == null) {
            return Optional.of("organization membership without a user_id or an organization_id");
        }
        organizationsOfUser.computeIfAbsent(user, k -> new TreeSet<>(Ids.ORDER)).add(organization);
        return Optional.empty();
    }

    Optional<String> addTicket(JsonNode json) {
        String id = Ids.of(json.path("id"));
        if (id == null) {
            return Optional.of("ticket without an id");
        }
        Ticket ticket = new Ticket(id, Texts.orNull(json.path("via").path("channel")),
                Texts.orNull(json.path("created_at")), texts.put(Texts.orNull(json.path("description"))),
                Ids.of(json.path("requester_id")), Ids.of(json.path("organization_id")), Texts.orNull(json.path("status")),
                Texts.orNull(json.path("updated_at")));
        tickets.merge(id, ticket, (held, arriving) -> newer(held.updatedAt(), arriving.updatedAt()) ? arriving : held);
        return Optional.empty();
    }

    /**
     * Adds a comment of {@code ticketFromContext} unless the comment names its own {@code ticket_id}.
     * Zendesk's comments endpoint leaves the ticket out of each comment; ETL tools add it. Private
     * comments are counted as read but not kept: nothing of them reaches an interaction.
     */
    Optional<String> addComment(JsonNode json, String ticketFromContext) {
        String id = Ids.of(json.path("id"));
        if (id == null) {
            return Optional.of("comment without an id");
        }
        String ticket = Ids.of(json.path("ticket_id"));
        if (ticket == null) {
            ticket = ticketFromContext;
        }
        if (ticket == null) {
            return Optional.of("comment " + id + " has no ticket_id and its file name holds no ticket number");
        }
        // Zendesk omits "public" on some older exports; a comment is public unless it says otherwise.
        if (json.path("public").isBoolean() && !json.path("public").booleanValue()) {
            return Optional.empty();
        }
        String text = Texts.orNull(json.path("plain_body"));
        if (text == null) {
            text = Texts.orNull(json.path("body"));
        }
        String createdAt = Texts.orNull(json.path("created_at"));
        Instant at = Timestamps.parse(createdAt).orElse(null);
        Comment comment = new Comment(id, shared(ticket), shared(Ids.of(json.path("author_id"))), texts.put(text), at,
                at == null && createdAt != null ? createdAt : null);
        commentsByTicket.computeIfAbsent(comment.ticketId(), k -> new HashMap<>()).put(id, comment);
        return Optional.empty();
    }

    /** One instance per distinct id: a large export repeats the same tickets and authors many times. */
    private String shared(String id) {
        return id == null ? null : sharedIds.computeIfAbsent(id, k -> k);
    }

    Collection<Ticket> tickets() {
        return tickets.values();
    }

    Optional<User> user(String id) {
        return Optional.ofNullable(id == null ? null : users.get(id));
    }

    Optional<Organization> organization(String id) {
        return Optional.ofNullable(id == null ? null : organizations.get(id));
    }

    /** The organizations a user belongs to, by id order; the user's own {@code organization_id} among them. */
    Set<String> organizationsOf(String userId) {
        return organizationsOfUser.getOrDefault(userId, Set.of());
    }

    List<Comment> commentsOf(String ticketId) {
        return new ArrayList<>(commentsByTicket.getOrDefault(ticketId, Map.of()).values());
    }

    /** Public comments whose ticket is not in the export, by comment id. */
    List<Comment> orphanComments() {
        List<Comment> orphans = new ArrayList<>();
        commentsByTicket.forEach((ticket, comments) -> {
            if (!tickets.containsKey(ticket)) {
                orphans.addAll(comments.values());
            }
        });
        orphans.sort((a, b) -> Ids.ORDER.compare(a.id(), b.id()));
        return orphans;
    }

    /**
     * Members of an organization with a payer or decision-maker role, by id order. Built once, on
     * the first call after reading, so that mapping stays linear in the number of tickets.
     */
    List<User> membersWithRoles(String organizationId) {
        if (membersWithRoles == null) {
            membersWithRoles = new HashMap<>();
            List<User> marked = users.values().stream().filter(u -> isPayer(u) || isDecisionMaker(u))
                    .sorted((a, b) -> Ids.ORDER.compare(a.id(), b.id())).toList();
            for (User user : marked) {
                Set<String> organizations = new TreeSet<>(Ids.ORDER);
                organizations.addAll(organizationsOf(user.id()));
                if (user.organizationId() != null) {
                    organizations.add(user.organizationId());
                }
                organizations.forEach(o -> membersWithRoles.computeIfAbsent(o, k -> new ArrayList<>()).add(user));
            }
        }
        return membersWithRoles.getOrDefault(organizationId, List.of());
    }

    private static boolean newer(String held, String arriving) {
        Optional<Instant> a = Timestamps.parse(arriving);
        Optional<Instant> h = Timestamps.parse(held);
        return a.isPresent() && (h.isEmpty() || a.get().isAfter(h.get()));
    }
}
