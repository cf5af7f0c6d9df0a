package nl.stagematch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.stagematch.core.check.ResultVerifier;
import org.junit.jupiter.api.Test;

/**
 * Nothing a module-path user can see needs a type she cannot see: every public or protected
 * signature (methods, constructors, fields, record components, supertypes, type bounds) of the
 * public types in the packages {@code nl.stagematch.core} exports to everyone refers only to
 * types of those packages (or of the JDK and other modules).
 */
class ExportedApiTest {

  private static Path classes() throws URISyntaxException {
    return Path.of(ResultVerifier.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
  }

  private static Set<String> exportedToAll() throws Exception {
    ModuleDescriptor descriptor = ModuleFinder.of(classes()).find("nl.stagematch.core")
        .orElseThrow().descriptor();
    Set<String> packages = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      if (!e.isQualified()) {
        packages.add(e.source());
      }
    }
    return packages;
  }

  @Test
  void theCheckPackageIsExportedAndTheSolverIsNot() throws Exception {
    Set<String> exported = exportedToAll();
    assertTrue(exported.contains("nl.stagematch.core.check"), exported.toString());
    assertTrue(!exported.contains("nl.stagematch.core.solver"), exported.toString());
  }

  @Test
  void exportedSignaturesUseOnlyExportedTypes() throws Exception {
    Set<String> exported = exportedToAll();
    Path root = classes();
    List<String> problems = new ArrayList<>();
    int types = 0;
    for (String pkg : exported) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(f -> f.toString().endsWith(".class")).sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString().replace(".class", "");
        if (name.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(pkg + "." + name, false,
            ExportedApiTest.class.getClassLoader());
        if (!isVisible(type)) {
          continue;
        }
        types++;
        check(type, exported, problems);
      }
    }
    assertTrue(types > 50, "only " + types + " public types found in " + exported);
    assertEquals(List.of(), problems);
  }

  /** Public, and every enclosing class public too. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static void check(Class<?> type, Set<String> exported, List<String> problems)
      throws IOException {
    String where = type.getName();
    use(type.getGenericSuperclass(), exported, problems, where + " extends");
    for (Type i : type.getGenericInterfaces()) {
      use(i, exported, problems, where + " implements");
    }
    for (TypeVariable<?> v : type.getTypeParameters()) {
      for (Type b : v.getBounds()) {
        use(b, exported, problems, where + " <" + v.getName() + ">");
      }
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        use(c.getGenericType(), exported, problems, where + "." + c.getName());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
        use(f.getGenericType(), exported, problems, where + "." + f.getName());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
        for (Type p : c.getGenericParameterTypes()) {
          use(p, exported, problems, where + ".<init>");
        }
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if ((Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()))
          && !m.isSynthetic() && !m.isBridge()) {
        use(m.getGenericReturnType(), exported, problems, where + "." + m.getName());
        for (Type p : m.getGenericParameterTypes()) {
          use(p, exported, problems, where + "." + m.getName() + "(...)");
        }
        for (Type x : m.getGenericExceptionTypes()) {
          use(x, exported, problems, where + "." + m.getName() + " throws");
        }
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (isVisible(nested)) {
        check(nested, exported, problems);
      }
    }
  }

  private static void use(Type t, Set<String> exported, List<String> problems, String where) {
    if (t == null) {
      return;
    }
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String pkg = c.getPackageName();
      if (pkg.startsWith("nl.stagematch.") && !exported.contains(pkg)) {
        problems.add(where + " uses " + c.getName() + ", a type of the unexported package "
            + pkg);
      }
    } else if (t instanceof ParameterizedType p) {
      use(p.getRawType(), exported, problems, where);
      for (Type a : p.getActualTypeArguments()) {
        use(a, exported, problems, where);
      }
    } else if (t instanceof GenericArrayType g) {
      use(g.getGenericComponentType(), exported, problems, where);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        use(b, exported, problems, where);
      }
      for (Type b : w.getLowerBounds()) {
        use(b, exported, problems, where);
      }
    }
  }
}
