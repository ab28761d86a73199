package dev.clientele.adapter.crm.zendesk.internal;

import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportSink;
import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InputLimits;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Maps each ticket of an export to an interaction, or reports why it cannot be mapped. */
final class TicketMapping {

    private record TimedTurn(TurnInput turn, String order) {
    }

    private final ZendeskExport export;
    private final ImportSink sink;

    TicketMapping(ZendeskExport export, ImportSink sink) {
        this.export = export;
        this.sink = sink;
    }

    /** Maps every ticket in id order, then reports comments whose ticket is not in the export. */
    void mapAll() {
        for (ZendeskExport.Ticket ticket : export.tickets()) {
            map(ticket).ifPresent(sink::interaction);
        }
        for (ZendeskExport.Comment orphan : export.orphanComments()) {
            sink.problem(ImportProblem.skipped("comment " + orphan.id(),
                    "its ticket " + orphan.ticketId() + " is not in the export"));
        }
    }

    Optional<InteractionInput> map(ZendeskExport.Ticket ticket) {
        String record = "ticket " + ticket.id();
        if (ticket.id().length() > InputLimits.MAX_ID_LENGTH) {
            return skip(record, "id longer than " + InputLimits.MAX_ID_LENGTH + " characters");
        }
        if ("deleted".equalsIgnoreCase(ticket.status())) {
            // Incremental exports keep deleted tickets so that a sync can remove them.
            return skip(record, "deleted in Zendesk");
        }
        if (ticket.requesterId() == null) {
            return skip(record, "no requester_id");
        }
        if (ticket.requesterId().length() > InputLimits.MAX_ID_LENGTH) {
            return skip(record, "requester_id longer than " + InputLimits.MAX_ID_LENGTH + " characters");
        }
        List<TimedTurn> turns = new ArrayList<>();
        for (ZendeskExport.Comment comment : export.commentsOf(ticket.id())) {
            if (comment.text() == null) {
                continue;
            }
            if (comment.at() == null) {
                sink.problem(ImportProblem.skipped("comment " + comment.id(),
                        comment.rawAt() == null ? "no created_at"
                                : "created_at is not an ISO-8601 instant: " + comment.rawAt()));
                continue;
            }
            turns.add(new TimedTurn(new TurnInput(comment.at(), author(comment.authorId(), ticket),
                    fit(record, export.text(comment.text()))), comment.id()));
        }
        if (turns.isEmpty()) {
            if (ticket.description() == null) {
                return skip(record, "no public comment and no description: nothing the customer said");
            }
            Optional<Instant> at = Timestamps.parse(ticket.createdAt());
            if (at.isEmpty()) {
                return skip(record, "no public comment, and created_at is missing or not an ISO-8601 instant");
            }
            turns.add(new TimedTurn(new TurnInput(at.get(), "customer", fit(record, export.text(ticket.description()))),
                    ""));
        }
        turns.sort(Comparator.comparing((TimedTurn t) -> t.turn().at()).thenComparing(TimedTurn::order, Ids.ORDER));
        if (turns.size() > InputLimits.MAX_TURNS) {
            sink.problem(ImportProblem.assumed(record, "more than " + InputLimits.MAX_TURNS
                    + " public comments; only the latest " + InputLimits.MAX_TURNS + " are imported"));
            turns = turns.subList(turns.size() - InputLimits.MAX_TURNS, turns.size());
        }
        return Optional.of(new InteractionInput(ticket.id(), channel(ticket.channel()), null,
                requester(ticket.requesterId()), account(ticket), null,
                turns.stream().map(TimedTurn::turn).toList(), null));
    }

    /**
     * {@code voice} to phone, {@code web} and {@code email} to email, {@code chat} and
     * {@code native_messaging} to chat, {@code twitter} and {@code facebook} to social, else other.
     */
    static String channel(String via) {
        if (via == null) {
            return "other";
        }
        return switch (via.toLowerCase(Locale.ROOT)) {
            case "voice" -> "phone";
            case "web", "email" -> "email";
            case "chat", "native_messaging" -> "chat";
            case "twitter", "facebook" -> "social";
            default -> "other";
        };
    }

    /**
     * The requester speaks as the customer, agents and admins as the agent, other end users (people
     * in copy) as the customer. An author missing from the export counts as the agent: a customer
     * pattern read into an agent's words is a false alarm, the costlier mistake here.
     */
    private String author(String authorId, ZendeskExport.Ticket ticket) {
        if (authorId != null && authorId.equals(ticket.requesterId())) {
            return "customer";
        }
        Optional<ZendeskExport.User> user = export.user(authorId);
        if (user.isPresent() && "end-user".equals(user.get().role())) {
            return "customer";
        }
        return "agent";
    }

    private PartyInput requester(String id) {
        Optional<ZendeskExport.User> user = export.user(id);
        List<String> roles = new ArrayList<>();
        if (user.isPresent() && ("agent".equals(user.get().role()) || "admin".equals(user.get().role()))) {
            roles.add("internal");
        } else {
            roles.add("end-user");
        }
        user.ifPresent(u -> addContractRoles(u, roles));
        return new PartyInput(id, user.map(u -> name(u.name())).orElse(null), roles);
    }

    /** The ticket's organization, else the requester's first; with its members who pay or decide. */
    private AccountInput account(ZendeskExport.Ticket ticket) {
        String organizationId = ticket.organizationId();
        if (organizationId == null) {
            organizationId = export.organizationsOf(ticket.requesterId()).stream().findFirst()
                    .or(() -> export.user(ticket.requesterId()).map(ZendeskExport.User::organizationId))
                    .orElse(null);
        }
        if (organizationId == null || organizationId.length() > InputLimits.MAX_ID_LENGTH) {
            return null;
        }
        Optional<ZendeskExport.Organization> organization = export.organization(organizationId);
        List<PartyInput> contacts = new ArrayList<>();
        for (ZendeskExport.User member : export.membersWithRoles(organizationId)) {
            if (!member.id().equals(ticket.requesterId()) && contacts.size() < InputLimits.MAX_CONTACTS
                    && member.id().length() <= InputLimits.MAX_ID_LENGTH) {
                List<String> roles = new ArrayList<>();
                addContractRoles(member, roles);
                contacts.add(new PartyInput(member.id(), name(member.name()), roles));
            }
        }
        return new AccountInput(organizationId, organization.map(o -> name(o.name())).orElse(null),
                organization.map(o -> name(o.tier())).orElse(null), contacts);
    }

    private void addContractRoles(ZendeskExport.User user, List<String> roles) {
        if (export.isPayer(user)) {
            roles.add("payer");
        }
        if (export.isDecisionMaker(user)) {
            roles.add("decision-maker");
        }
    }

    private static String name(String name) {
        return Texts.cut(name, InputLimits.MAX_NAME_LENGTH);
    }

    private String fit(String record, String text) {
        if (text.length() > InputLimits.MAX_TURN_CHARACTERS) {
            sink.problem(ImportProblem.assumed(record, "a comment longer than " + InputLimits.MAX_TURN_CHARACTERS
                    + " characters is cut to that length"));
        }
        return Texts.cut(text, InputLimits.MAX_TURN_CHARACTERS);
    }

    private Optional<InteractionInput> skip(String record, String reason) {
        sink.problem(ImportProblem.skipped(record, reason));
        return Optional.empty();
    }
}
