package org.ruralrevival.gateway.openapi;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Finds the operations the gateway's own compiled classes serve as JAX-RS resources. SmallRye scans their
 * annotations into the served document, so the merge leaves the fragment's description of them out
 * instead of merging two descriptions of one operation.
 */
public final class GatewayOperations {

    private GatewayOperations() {
    }

    /**
     * @param classes the gateway's compiled classes (target/classes)
     * @param loader a class loader that sees those classes and their dependencies
     * @return operation keys as {@link OpenApiMerger#key} makes them
     */
    public static Set<String> scan(java.nio.file.Path classes, ClassLoader loader) {
        Set<String> keys = new TreeSet<>();
        if (!Files.isDirectory(classes)) {
            return keys;
        }
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                if (!relative.endsWith(".class") || relative.contains("$")) {
                    continue;
                }
                String className = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                addOperations(className, loader, keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void addOperations(String className, ClassLoader loader, Set<String> keys) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        Path classPath = type.getAnnotation(Path.class);
        if (classPath == null) {
            return;
        }
        for (Method method : type.getDeclaredMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null || hidden(method)) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            keys.add(OpenApiMerger.key(httpMethod, join(classPath.value(), methodPath == null ? "" : methodPath.value())));
        }
    }

    /** A method hidden from the scan is described by the fragment alone. */
    private static boolean hidden(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && operation.hidden();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Joins JAX-RS path segments as SmallRye does, dropping regular expressions from templates. */
    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    }
}
