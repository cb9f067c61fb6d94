package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.harness.export.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The cockpit's users: a JSON file {@code {"format":"solvereign-users/1","users":[{"name","role","password_hash"}]}}
 * (default {@code users.json} in the workspace). It never holds a password, only
 * {@link PasswordHashes} hashes; it is written atomically and, where the file system allows, readable
 * by its owner only.
 */
public final class UsersFile {
    /** The file name {@code serve} and {@code users add} use inside a workspace. */
    public static final String DEFAULT_NAME = "users.json";
    static final String FORMAT = "solvereign-users/1";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One user: name, role and password hash. */
    public record User(String name, Role role, String passwordHash) {
        /** Checks the parts are present. */
        public User {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(passwordHash, "passwordHash");
        }
    }

    private final Path file;
    private final TreeMap<String, User> users;

    private UsersFile(Path file, TreeMap<String, User> users) {
        this.file = file;
        this.users = users;
    }

    /**
     * Reads the users file.
     *
     * @throws SolvereignException {@code NOT_FOUND} when it does not exist (naming {@code users add}),
     *                             {@code MALFORMED_JSON} when it is not a users file, {@code INPUT_TOO_LARGE}
     */
    public static UsersFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SolvereignException(ErrorCode.NOT_FOUND, "no users file " + file
                    + "; create one with: solvereign users add NAME --role lead --users " + file);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SolvereignException(ErrorCode.INPUT_TOO_LARGE, file + " is larger than 1 MB; not a users file");
            }
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("users").isArray()) {
                throw malformed(file, "it needs \"format\":\"" + FORMAT + "\" and a \"users\" array");
            }
            TreeMap<String, User> users = new TreeMap<>();
            for (JsonNode u : root.get("users")) {
                String name = u.path("name").asText();
                String hash = u.path("password_hash").asText();
                if (!NAME.matcher(name).matches() || !PasswordHashes.looksLikeHash(hash)) {
                    throw malformed(file, "user '" + name + "' needs a name and a password_hash made by users add");
                }
                Role role;
                try {
                    role = Role.parse(u.path("role").asText());
                } catch (IllegalArgumentException e) {
                    throw malformed(file, "user " + name + ": " + e.getMessage());
                }
                users.put(name, new User(name, role, hash));
            }
            return new UsersFile(file, users);
        } catch (IOException e) {
            throw malformed(file, "it is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** The file at {@code file}, or an empty one (not yet written) when it does not exist. */
    public static UsersFile readOrEmpty(Path file) {
        return Files.exists(file) ? read(file) : new UsersFile(file, new TreeMap<>());
    }

    private static SolvereignException malformed(Path file, String why) {
        return new SolvereignException(ErrorCode.MALFORMED_JSON, file + " is not a users file: " + why);
    }

    /** The user with that name. */
    public Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** Every user by name. */
    public Map<String, User> users() {
        return Collections.unmodifiableMap(users);
    }

    /** True when {@code name} may be a user name (letters, digits, {@code . _ @ -}, up to 64). */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Adds or replaces a user and writes the file.
     *
     * @return true when the user was new
     * @throws IllegalArgumentException for an invalid name
     */
    public boolean put(String name, Role role, String passwordHash) {
        if (!validName(name)) {
            throw new IllegalArgumentException("user name '" + name + "' may hold letters, digits and . _ @ - (up to 64)");
        }
        boolean added = !users.containsKey(name);
        users.put(name, new User(name, role, passwordHash));
        write();
        return added;
    }

    private void write() {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ArrayNode list = root.putArray("users");
        for (User u : users.values()) {
            list.addObject().put("name", u.name()).put("role", u.role().jsonName())
                    .put("password_hash", u.passwordHash());
        }
        AtomicFiles.write(file, (root.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the hashes are salted and slow, the file stays as the OS made it.
        }
    }
}
