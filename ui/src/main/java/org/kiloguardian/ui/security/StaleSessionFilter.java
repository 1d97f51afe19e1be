package org.kiloguardian.ui.security;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Vaadin keeps its own HTTP session, which outlives the login it was opened with: after a logout,
 * a password change or the session's maximum age, an open page could go on calling the household's
 * services through it. The session remembers whose it is; once a request no longer carries that
 * login, the session is thrown away, and Vaadin sends the page to /login.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaleSessionFilter implements Filter {

    static final String OWNER = StaleSessionFilter.class.getName() + ".owner";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            HttpSession session = http.getSession(false);
            String loggedIn = http.getUserPrincipal() == null ? null : http.getUserPrincipal().getName();
            if (session != null) {
                Object owner = session.getAttribute(OWNER);
                if (owner != null && !Objects.equals(owner, loggedIn)) {
                    session.invalidate();
                } else if (owner == null && loggedIn != null) {
                    session.setAttribute(OWNER, loggedIn);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
