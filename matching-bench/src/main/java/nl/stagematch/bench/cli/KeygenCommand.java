package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import nl.stagematch.variants.process.TrailSignature;

/**
 * {@code stagematch keygen --out DIR}: makes an Ed25519 key pair to sign audit trails with, and
 * writes the private and the public key file; never overwrites a file.
 */
final class KeygenCommand implements Command {

  @Override
  public String name() {
    return "keygen";
  }

  @Override
  public String summary() {
    return "Make an Ed25519 key pair to sign audit trails (match --sign-key)";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, ""
        + "Usage: stagematch keygen --out DIR%n"
        + "%n"
        + "Makes an Ed25519 key pair for signing a session's audit trail and writes two PEM%n"
        + "files (see docs/decisions.md, \"Signed trails\"):%n"
        + "  DIR/%-18s the private key (keep it at the school, readable by the%n"
        + "  %-22s coordinators' account only); pass it to 'match --sign-key'%n"
        + "  DIR/%-18s the public key; give it to whoever checks trails%n"
        + "  %-22s ('report --public-key')%n"
        + "DIR is made if it does not exist. An existing key file is never overwritten.%n"
        + "%n"
        + "Options:%n"
        + "  --out DIR   where the two files go (required)%n"
        + "  --help      print this text%n"
        + "%n"
        + "Exit status: 0 the keys were written; 2 bad arguments, a key file exists already or%n"
        + "cannot be written; 1 an internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar keygen --out keys%n"
        + "  java -jar stagematch.jar match --variant school-placement --sample \\%n"
        + "      --decisions decisions.json --trail trail.json --sign-key keys/%s%n",
        TrailSignature.PRIVATE_KEY_FILE, "", TrailSignature.PUBLIC_KEY_FILE, "",
        TrailSignature.PRIVATE_KEY_FILE);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path dir = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--out")) {
        if (i + 1 >= args.size()) {
          throw new UsageException("The option --out needs a value.");
        }
        if (dir != null) {
          throw new UsageException("Give --out once.");
        }
        dir = Path.of(args.get(++i));
      } else {
        throw new UsageException("Unknown argument (" + arg + ") for keygen. Known options:"
            + " --out, --help.");
      }
    }
    if (dir == null) {
      throw new UsageException("Give the directory for the key files with --out DIR.");
    }
    Path privateFile = dir.resolve(TrailSignature.PRIVATE_KEY_FILE);
    Path publicFile = dir.resolve(TrailSignature.PUBLIC_KEY_FILE);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      err.println("The directory (" + dir + ") cannot be made: " + e.getMessage()
          + "\nMaybe check the path and its permissions.");
      return BAD_INPUT;
    }
    KeyPair keys = TrailSignature.generateKeyPair();
    try {
      TrailSignature.writeKeyPair(keys, privateFile, publicFile);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    }
    out.println("private key: " + privateFile + " (keep it secret; pass it to 'match"
        + " --sign-key')");
    out.println("public key:  " + publicFile + " (give it to whoever checks trails: 'report"
        + " --public-key')");
    out.println("fingerprint: " + TrailSignature.fingerprint(keys.getPublic()));
    return OK;
  }
}
