package io.solvereign.harness;

import static io.solvereign.harness.RunbookFixture.oneLineNaming;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.store.StoreTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace as one database file from the command line: migration of an old file-store workspace,
 * clear one-line errors (exit 2) for a path that is a file, an old layout and a symbolic link. (A
 * read-only folder and a full disk are in {@code store.StoreFailuresTest}: CI runs as root, for whom
 * permissions do not hold, so those go through the database's own error codes.)
 */
class StoreCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theWorkspaceIsOneDatabaseFileAndNoOldLayoutIsWritten() {
        RunbookFixture f = new RunbookFixture(dir);
        f.solveAndAudit();
        try (var files = Files.list(f.ws)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains(StoreTarget.DB_FILE), names.toString());
            assertTrue(names.stream().allMatch(n -> n.startsWith(StoreTarget.DB_FILE)), names.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void migrateWorkspaceImportsAnOldWorkspaceKeepingIdsStatusesAndTheTrail() throws Exception {
        Path old = copyLegacy(dir.resolve("old"));
        byte[] sumsBefore = Files.readAllBytes(old.resolve("SHA256SUMS"));
        Path ws = dir.resolve("new");
        Cli r = Cli.run("migrate-workspace", "--from", old.toString(), "--workspace", ws.toString(), "--by", "ops");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 forecast(s), 2 plan(s), 6 trail entries"), r.out());
        Runbook rb = Runbook.open(ws, Clock.systemUTC());
        assertEquals(PlanStatus.LOCKED, rb.planVersion("P0001").status());
        assertEquals(PlanStatus.DRAFT, rb.planVersion("P0002").status());
        assertTrue(rb.store().killSwitch().on());
        List<TrailEntry> trail = rb.store().trail();
        assertEquals(7, trail.size());
        assertEquals(TrailAction.PLAN_LOCKED, trail.get(3).action());
        assertEquals("alice", trail.get(3).actor());
        assertEquals(TrailAction.NOTE, trail.get(6).action());
        assertArrayEquals(sumsBefore, Files.readAllBytes(old.resolve("SHA256SUMS")), "the old folder is only read");
        // The migrated workspace serves every command: the kill switch refuses, and after it is off P0002 locks.
        Cli lock = Cli.run("lock", "--plan", "P0001", "--by", "x", "--reason", "y", "--workspace", ws.toString());
        assertTrue(oneLineNaming(lock, "ALREADY_LOCKED"), lock.err());
        Cli again = Cli.run("migrate-workspace", "--from", old.toString(), "--workspace", ws.toString());
        assertTrue(oneLineNaming(again, "INVALID_TRANSITION"), again.err());
    }

    @Test
    void anOldWorkspaceIsNotOpenedButPointedToTheMigration() throws Exception {
        Path old = copyLegacy(dir.resolve("old"));
        Cli r = Cli.run("kill-switch", "off", "--reason", "x", "--workspace", old.toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(oneLineNaming(r, "migrate-workspace --from"), r.err());
        assertFalse(Files.exists(old.resolve(StoreTarget.DB_FILE)));
    }

    @Test
    void aTamperedOldWorkspaceIsNotMigrated() throws Exception {
        Path old = copyLegacy(dir.resolve("old"));
        Files.writeString(old.resolve("plans/P0001/plan.json"), "{\"status\":\"DRAFT\"}\n");
        Cli r = Cli.run("migrate-workspace", "--from", old.toString(), "--workspace", dir.resolve("n").toString());
        assertTrue(oneLineNaming(r, "PLAN_TAMPERED"), r.err());
        assertTrue(r.err().contains("plans/P0001/plan.json"), r.err());
    }

    @Test
    void aWorkspacePathThatIsAFileIsOneClearLine() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        RunbookFixture f = new RunbookFixture(dir);
        Cli r = Cli.run("solve", "--input", f.input.toString(), "--out", dir.resolve("o").toString(),
                "--workspace", file.toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(oneLineNaming(r, "OUTPUT_NOT_WRITABLE"), r.err());
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anOutputFolderThatIsAFileIsOneClearLine() throws Exception {
        Path file = Files.writeString(dir.resolve("out-file"), "x");
        RunbookFixture f = new RunbookFixture(dir);
        Cli r = f.run("solve", "--input", f.input.toString(), "--out", file.toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        // solve prints its progress on stderr first; the error itself is its last line, without a trace
        String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.contains("OUTPUT_NOT_WRITABLE") && last.contains("is a file"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aSymbolicLinkInPlaceOfTheDatabaseIsRefused() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.createSymbolicLink(ws.resolve(StoreTarget.DB_FILE), elsewhere.resolve("x.db"));
        Cli r = Cli.run("kill-switch", "on", "--reason", "x", "--workspace", ws.toString());
        assertTrue(oneLineNaming(r, "symbolic link"), r.err());
        assertFalse(Files.exists(elsewhere.resolve("x.db")));
    }

    @Test
    void verifyEvidenceOfAPackWhosePlanWasEditedInTheDatabaseNamesTheRecord() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solveAndAudit();
        assertEquals(0, f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish").exit());
        assertEquals(0, f.run("export-evidence", "--plan", id, "--out", dir.resolve("ev").toString()).exit());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f.ws.resolve(StoreTarget.DB_FILE));
             var st = c.createStatement()) {
            st.execute("DROP TRIGGER plan_status_path");
            st.executeUpdate("UPDATE plan_version SET status = 'DRAFT' WHERE id = '" + id + "'");
        }
        Cli r = f.run("verify-evidence", "--file", dir.resolve("ev/evidence-" + id + ".zip").toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(oneLineNaming(r, "PLAN_TAMPERED"), r.err());
        assertTrue(r.err().contains("PLAN " + id + " was changed outside the store (ledger record"), r.err());
        // The re-lock that the forgery was meant for is refused the same way.
        Cli relock = f.run("lock", "--plan", id, "--by", "mallory", "--reason", "again");
        assertTrue(oneLineNaming(relock, "PLAN_TAMPERED"), relock.err());
    }

    private static Path copyLegacy(Path to) throws Exception {
        Class<?> fixture = Class.forName("io.solvereign.harness.store.LegacyFixture");
        var m = fixture.getDeclaredMethod("copyTo", Path.class);
        m.setAccessible(true);
        return (Path) m.invoke(null, to);
    }
}
