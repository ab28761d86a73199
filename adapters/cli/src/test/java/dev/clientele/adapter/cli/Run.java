package dev.clientele.adapter.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One run of the command line in this JVM, with what it printed. */
record Run(int exitCode, String out, String err) {

    static final Path ROOT = Path.of(System.getProperty("clientele.root", "../..")).toAbsolutePath().normalize();

    static Run of(String... args) {
        return withInput("", args);
    }

    static Run withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = Main.run(args, in, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static String example(String name) {
        return ROOT.resolve("examples/interactions").resolve(name).toString();
    }
}
