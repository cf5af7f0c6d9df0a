package nl.stagematch.bench.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;

/**
 * The modules' API as docs/api.md states it, read from the compiled module descriptors: the
 * exported packages, the qualified exports (to the variants only), the variants requiring the
 * core transitively; and the API baselines that the build's API check compares with (a package
 * once exported stays exported; a baseline holds exactly the classes of its exported packages).
 */
class ModuleApiTest {
  private static final Set<String> CORE_API = Set.of("nl.stagematch.core.check",
      "nl.stagematch.core.format", "nl.stagematch.core.model", "nl.stagematch.core.result",
      "nl.stagematch.core.spi");
  private static final Set<String> VARIANTS_API = Set.of("nl.stagematch.variants",
      "nl.stagematch.variants.monitoring", "nl.stagematch.variants.process",
      "nl.stagematch.variants.view");

  @Test
  void theCoreExportsItsApiAndNothingElseToAll() throws Exception {
    ModuleDescriptor core = descriptorOf(MatchingProblem.class);
    assertEquals("nl.stagematch.core", core.name());
    assertEquals(new TreeSet<>(CORE_API), unqualifiedExports(core));
    Set<String> qualified = new TreeSet<>();
    for (ModuleDescriptor.Exports e : core.exports()) {
      if (e.isQualified()) {
        assertEquals(Set.of("nl.stagematch.variants"), e.targets(), e.source());
        qualified.add(e.source());
      }
    }
    assertEquals(Set.of("nl.stagematch.core.io", "nl.stagematch.core.solver"), qualified);
  }

  @Test
  void theVariantsExportTheirApiAndRequireTheCoreTransitively() throws Exception {
    ModuleDescriptor variants = descriptorOf(Variants.class);
    assertEquals(new TreeSet<>(VARIANTS_API), unqualifiedExports(variants));
    ModuleDescriptor.Requires core = variants.requires().stream()
        .filter(r -> r.name().equals("nl.stagematch.core")).findFirst().orElseThrow();
    assertTrue(core.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
        core.toString());
  }

  @Test
  void everyPackageOfTheBaselinesIsStillExported() throws Exception {
    assertTrue(unqualifiedExports(descriptorOf(MatchingProblem.class))
        .containsAll(unqualifiedExports(baselineDescriptor("matching-core"))));
    assertTrue(unqualifiedExports(descriptorOf(Variants.class))
        .containsAll(unqualifiedExports(baselineDescriptor("matching-variants"))));
  }

  @Test
  void theBaselinesHoldTheClassesOfTheirExportedPackagesOnly() throws Exception {
    for (String module : new String[] {"matching-core", "matching-variants"}) {
      Set<String> packages = new TreeSet<>();
      try (JarFile jar = new JarFile(baseline(module).toFile())) {
        for (JarEntry entry : jar.stream().toList()) {
          String name = entry.getName();
          if (name.endsWith(".class") && !name.equals("module-info.class")) {
            packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
          }
        }
      }
      assertEquals(unqualifiedExports(baselineDescriptor(module)), packages, module);
    }
  }

  @Test
  void theApiPageListsTheExportedPackages() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "api.md"));
    String stable = page.substring(page.indexOf("## Stable"), page.indexOf("## Internal"));
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\| `(nl\\.stagematch\\.[a-z.]+)` \\|").matcher(stable);
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> exported = new TreeSet<>(CORE_API);
    exported.addAll(VARIANTS_API);
    assertEquals(exported, listed);
  }

  private static Set<String> unqualifiedExports(ModuleDescriptor d) {
    return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The descriptor of the module that {@code type} is compiled into (a folder or a jar). */
  private static ModuleDescriptor descriptorOf(Class<?> type)
      throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    }
    return readFromJar(location);
  }

  private static Path baseline(String module) {
    return Path.of("..", module, "api", module + "-api.jar");
  }

  private static ModuleDescriptor baselineDescriptor(String module) throws IOException {
    return readFromJar(baseline(module));
  }

  private static ModuleDescriptor readFromJar(Path jarPath) throws IOException {
    try (JarFile jar = new JarFile(jarPath.toFile());
        InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }
}
