package org.kiloguardian.gateway.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Fields that fabric8's model does not know. fabric8 parses a misspelled field ({@code readinesProbe},
 * {@code targetport}) without complaint into the object's additional properties, and Kubernetes would
 * drop it just as silently; so every parsed object is walked and any additional property is reported.
 */
final class UnknownFields {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private UnknownFields() {
    }

    static List<String> in(HasMetadata object) {
        if (object instanceof GenericKubernetesResource) {
            // not in fabric8's model: Traefik's Middlewares are checked against Traefik's own field names
            return TraefikMiddlewares.unknownFields(object);
        }
        List<String> found = new ArrayList<>();
        walk(object, object.getKind() + " " + object.getMetadata().getName(), found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, found));
            return;
        }
        if (!node.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                Map<?, ?> unknown = (Map<?, ?>) invoke(getter, node);
                if (unknown != null && !unknown.isEmpty()) {
                    found.add(path + " has fields the Kubernetes model does not know: " + unknown.keySet());
                }
            } else if (getter.isAnnotationPresent(JsonProperty.class)) {
                walk(invoke(getter, node), path + "." + getter.getAnnotation(JsonProperty.class).value(), found);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
