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
    return Texts.dutch() ? "Een Ed25519-sleutelpaar maken om audittrails te ondertekenen (match"
        + " --sign-key)" : "Make an Ed25519 key pair to sign audit trails (match --sign-key)";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        TrailSignature.PRIVATE_KEY_FILE, "", TrailSignature.PUBLIC_KEY_FILE, "",
        TrailSignature.PRIVATE_KEY_FILE);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch keygen --out MAP%n"
        + "%n"
        + "Maakt een Ed25519-sleutelpaar om het audittrail van een sessie te ondertekenen en%n"
        + "schrijft twee PEM-bestanden (zie docs/decisions.md, \"Signed trails\"):%n"
        + "  MAP/%-18s de private sleutel (bewaar hem op school, alleen leesbaar voor het%n"
        + "  %-22s account van de coördinatoren); geef hem aan 'match --sign-key'%n"
        + "  MAP/%-18s de publieke sleutel; geef hem aan wie trails controleert%n"
        + "  %-22s ('report --public-key')%n"
        + "MAP wordt gemaakt als hij niet bestaat. Een bestaand sleutelbestand wordt nooit%n"
        + "overschreven.%n"
        + "%n"
        + "Opties:%n"
        + "  --out MAP   waar de twee bestanden heen gaan (verplicht)%n"
        + "  --help      druk deze tekst af%n"
        + "%n"
        + "Afsluitcode: 0 de sleutels zijn geschreven; 2 foute argumenten, een sleutelbestand%n"
        + "bestaat al of kan niet worden geschreven; 1 een interne fout (een bug).%n"
        + "%n"
        + "Voorbeeld:%n"
        + "  java -jar stagematch.jar keygen --out keys%n"
        + "  java -jar stagematch.jar match --variant school-placement --sample \\%n"
        + "      --decisions decisions.json --trail trail.json --sign-key keys/%s%n";

  private static final String ENGLISH_HELP = ""
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
        + "      --decisions decisions.json --trail trail.json --sign-key keys/%s%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path dir = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--out")) {
        if (i + 1 >= args.size()) {
          throw new UsageException(CliMessage.CLI_NEEDS_VALUE, "--out");
        }
        if (dir != null) {
          throw new UsageException(CliMessage.CLI_KEYGEN_OUT_TWICE);
        }
        dir = Path.of(args.get(++i));
      } else {
        throw new UsageException(CliMessage.CLI_UNKNOWN_ARGUMENT, arg, name(), "--out, --help");
      }
    }
    if (dir == null) {
      throw new UsageException(CliMessage.CLI_KEYGEN_OUT_MISSING);
    }
    Path privateFile = dir.resolve(TrailSignature.PRIVATE_KEY_FILE);
    Path publicFile = dir.resolve(TrailSignature.PUBLIC_KEY_FILE);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_DIR_NOT_MADE, dir, e.getMessage());
      return BAD_INPUT;
    }
    KeyPair keys = TrailSignature.generateKeyPair();
    try {
      TrailSignature.writeKeyPair(keys, privateFile, publicFile);
    } catch (IllegalArgumentException e) {
      Texts.error(err, CliMessage.CLI_BAD_KEY, Texts.errorText(e));
      return BAD_INPUT;
    }
    Texts.println(out, CliMessage.CLI_KEYGEN_PRIVATE, privateFile);
    Texts.println(out, CliMessage.CLI_KEYGEN_PUBLIC, publicFile);
    Texts.println(out, CliMessage.CLI_KEYGEN_FINGERPRINT,
        TrailSignature.fingerprint(keys.getPublic()));
    return OK;
  }
}
