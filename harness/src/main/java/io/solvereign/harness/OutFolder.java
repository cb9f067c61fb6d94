package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks and creates an output folder before any long work, so a bad {@code --out} fails at once. */
final class OutFolder {
    private OutFolder() {
    }

    /**
     * Creates the folder (and its parents) and proves it writable.
     *
     * @throws SolvereignException {@code OUTPUT_NOT_WRITABLE} naming the option and the fix when the
     *                             path is a file, lies under a file, or cannot be written
     */
    static Path prepare(String option, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, option + " " + folder
                    + " is a file, not a folder; give a folder path (it is created when absent)");
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".solvereign-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, option + " " + folder + ": "
                    + CliErrors.describe(e), e);
        }
        return folder;
    }
}
