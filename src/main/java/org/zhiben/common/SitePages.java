package org.zhiben.common;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * Whether an address a browser sent (Referer, htmx's HX-Current-URL) is a page of this application, other than the
 * login page: the only kind of address the app sends a user back to, never another site.
 */
public final class SitePages {

    private SitePages() {
    }

    /** {@code url} as a URI if it is such a page (path "/" when it has none), else empty. */
    public static Optional<URI> of(HttpServletRequest request, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String path = path(uri);
            boolean ours = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
                    && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")
                    && !path.startsWith(request.getContextPath() + "/login");
            return ours ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The URI's raw path, "/" when it has none. */
    public static String path(URI uri) {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }
}
