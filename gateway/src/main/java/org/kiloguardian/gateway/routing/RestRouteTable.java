package org.kiloguardian.gateway.routing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.kiloguardian.rest.problem.AllowedMethods;

/**
 * Every REST endpoint the application serves, read from the resource classes themselves. It says
 * which methods a path allows (for the {@code Allow} header of a 405) and lets tests enumerate the
 * real routes instead of a hand-kept list that could drift.
 */
@ApplicationScoped
public class RestRouteTable implements AllowedMethods {

    private final List<RestEndpoint> endpoints;

    RestRouteTable(BeanManager beans) {
        this.endpoints = scan(beans.getBeans(Object.class, Any.Literal.INSTANCE));
    }

    public List<RestEndpoint> endpoints() {
        return endpoints;
    }

    /** The methods allowed on a concrete path, with HEAD and OPTIONS as REST adds them itself. */
    public Set<String> allowedMethods(String path) {
        Set<String> allowed = new TreeSet<>();
        for (RestEndpoint endpoint : endpoints) {
            if (endpoint.matches(path)) {
                allowed.add(endpoint.method());
            }
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
            if (allowed.contains(HttpMethod.GET)) {
                allowed.add(HttpMethod.HEAD);
            }
        }
        return allowed;
    }

    private static List<RestEndpoint> scan(Set<Bean<?>> beans) {
        List<RestEndpoint> found = new ArrayList<>();
        for (Bean<?> bean : beans) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    found.add(RestEndpoint.of(httpMethod, join(classPath.value(), methodPath == null ? "" : methodPath.value())));
                }
            }
        }
        found.sort(Comparator.comparing(RestEndpoint::template).thenComparing(RestEndpoint::method));
        return List.copyOf(found);
    }

    private static String httpMethodOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = "/" + classPath + "/" + methodPath;
        joined = joined.replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
