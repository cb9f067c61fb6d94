package io.solvereign.harness.web;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The cockpit's roles: a {@code viewer} reads; a {@code dispatcher} also imports, solves, audits,
 * approves and repairs; a {@code lead} also locks and switches publishing.
 */
public enum Role {
    /** Reads everything. */
    VIEWER(EnumSet.of(Permission.READ)),
    /** Reads, imports, solves, audits, approves and repairs. */
    DISPATCHER(EnumSet.of(Permission.READ, Permission.IMPORT, Permission.SOLVE, Permission.AUDIT, Permission.APPROVE,
            Permission.REPAIR)),
    /** Everything a dispatcher does, plus lock and publishing. */
    LEAD(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(EnumSet<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    /** What the role may do, in declaration order. */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** True when the role grants {@code p}. */
    public boolean allows(Permission p) {
        return permissions.contains(p);
    }

    /** The lower-case name used in the users file and JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role of a name such as {@code dispatcher}.
     *
     * @throws IllegalArgumentException naming the valid roles
     */
    public static Role parse(String name) {
        for (Role r : values()) {
            if (r.jsonName().equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is no role; use viewer, dispatcher or lead");
    }
}
