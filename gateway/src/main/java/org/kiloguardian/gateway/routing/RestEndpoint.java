package org.kiloguardian.gateway.routing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One JAX-RS resource method as the outside world sees it: an HTTP method on a path template. */
public record RestEndpoint(String method, String template, Pattern pattern) {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    public static RestEndpoint of(String method, String template) {
        return new RestEndpoint(method, template, toPattern(template));
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    /** "/api/habits/{id}" matches "/api/habits/7" and, like REST itself, "/api/habits/7/". */
    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            String custom = parameter.group(1);
            regex.append('(').append(custom == null ? "[^/]+" : custom.trim()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
