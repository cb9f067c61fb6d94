package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.ManifestFile;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.internal.io.Hashes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Manifest JSON: RFC 8785 canonical bytes via {@link CanonicalJson}, and strict parsing.
 */
public final class ManifestCodec {
    static final String MANIFEST_HASH = "manifest_hash";
    private static final Set<String> KEYS = Set.of("files", "format", "hashes", "ids", MANIFEST_HASH, "rule_set",
            "signature");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private ManifestCodec() {
    }

    /** RFC 8785 canonical JSON bytes of a tree of maps, lists, strings, booleans and numbers. */
    static byte[] canonical(Object tree) {
        return CanonicalJson.canonicalBytes(MAPPER.valueToTree(tree));
    }

    /** Parses JSON text into a tree; IAE when it is not a JSON object. */
    static Map<String, Object> parseObject(byte[] json) {
        try {
            Map<String, Object> tree = MAPPER.readValue(json, MAP);
            if (tree == null) {
                throw new IllegalArgumentException("JSON is null, not an object");
            }
            return tree;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Checks that the bytes are one JSON object. */
    public static void requireJsonObject(byte[] json) {
        parseObject(json);
    }

    /** The manifest tree without {@code manifest_hash}. */
    static Map<String, Object> body(String format, Map<String, String> ids, Map<String, String> hashes,
                                    Map<String, Object> ruleSet, String signature, List<ManifestFile> files) {
        Map<String, Object> m = new TreeMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (ManifestFile f : files) {
            Map<String, Object> e = new TreeMap<>();
            e.put("name", f.name());
            e.put("sha256", f.sha256());
            e.put("size", f.size());
            list.add(e);
        }
        m.put("files", list);
        m.put("format", format);
        m.put("hashes", new TreeMap<>(hashes));
        m.put("ids", new TreeMap<>(ids));
        m.put("rule_set", ruleSet);
        m.put("signature", signature);
        return m;
    }

    /** SHA-256 of the canonical JSON of the tree without its {@code manifest_hash}. */
    static String hashOf(Map<String, Object> tree) {
        Map<String, Object> rest = new LinkedHashMap<>(tree);
        rest.remove(MANIFEST_HASH);
        return Hashes.sha256Hex(canonical(rest));
    }

    /** Builds the record from a parsed tree; IAE naming the first field that is missing or mistyped. */
    static EvidenceManifest toRecord(Map<String, Object> tree) {
        for (String k : tree.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown field '" + k + "'");
            }
        }
        List<ManifestFile> files = new ArrayList<>();
        List<?> list = as(List.class, tree.get("files"), "files");
        for (Object o : list) {
            Map<?, ?> f = as(Map.class, o, "files[]");
            Number size = as(Number.class, f.get("size"), "files[].size");
            files.add(new ManifestFile(as(String.class, f.get("name"), "files[].name"), size.longValue(),
                    as(String.class, f.get("sha256"), "files[].sha256")));
        }
        return new EvidenceManifest(as(String.class, tree.get("format"), "format"),
                strings(tree.get("ids"), "ids"), strings(tree.get("hashes"), "hashes"),
                new String(canonical(as(Map.class, tree.get("rule_set"), "rule_set")), java.nio.charset.StandardCharsets.UTF_8),
                as(String.class, tree.get("signature"), "signature"), files,
                as(String.class, tree.get(MANIFEST_HASH), MANIFEST_HASH));
    }

    private static TreeMap<String, String> strings(Object value, String field) {
        TreeMap<String, String> out = new TreeMap<>();
        Map<?, ?> map = as(Map.class, value, field);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.put(String.valueOf(e.getKey()), as(String.class, e.getValue(), field + "." + e.getKey()));
        }
        return out;
    }

    private static <T> T as(Class<T> type, Object value, String field) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("field '" + field + "' must be a " + type.getSimpleName().toLowerCase(
                    java.util.Locale.ROOT) + ", was " + (value == null ? "missing" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }
}
