package org.lstmrisk.app.cli;

import org.lstmrisk.core.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before a command computes or writes anything, that a folder it will write into can be written: it is
 * a folder (not a file) when it exists, and it, or its nearest existing ancestor when it does not exist yet, is
 * a writable folder. Reads only. This class is stateless.
 */
public final class WritableFolder {

    private WritableFolder() {
    }

    /**
     * Refuses {@code dir} unless it is, or can be created as, a writable folder.
     *
     * @param option the option that named it, e.g. {@code --out}, for the message
     * @throws UserInputException naming the folder and the problem
     */
    public static void require(Path dir, String option) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new UserInputException(option + " " + dir + " is a file, not a folder; give a folder");
            }
            if (!Files.isWritable(absolute)) {
                throw new UserInputException(option + " " + dir + " is not writable");
            }
            return;
        }
        Path ancestor = absolute.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            throw new UserInputException(option + " " + dir + " cannot be created: no part of its path exists");
        }
        if (!Files.isDirectory(ancestor)) {
            throw new UserInputException(option + " " + dir + " cannot be created: " + ancestor
                    + " is a file, not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            throw new UserInputException(option + " " + dir + " cannot be created: " + ancestor + " is not writable");
        }
    }
}
