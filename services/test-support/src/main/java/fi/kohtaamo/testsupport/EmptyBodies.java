package fi.kohtaamo.testsupport;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Sends a request without a body as the platform's own clients and {@code curl -X POST} do:
 * without a {@code Content-Type}. REST Assured labels an empty POST a form
 * ({@code application/x-www-form-urlencoded}), which the services refuse where an operation takes
 * no form (the problem-details library's {@code FormBodies}: a form is what another site can post
 * with a visitor's session). Installed once per test JVM by {@link #install()}.
 */
public final class EmptyBodies implements Filter {

    private static final EmptyBodies INSTANCE = new EmptyBodies();

    private EmptyBodies() {
    }

    /** Adds the filter to REST Assured's global filters, once. */
    public static synchronized void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (request.getBody() == null && request.getFormParams().isEmpty() && request.getMultiPartParams().isEmpty()) {
            request.noContentType();
            request.removeHeader("Content-Type");
        }
        return context.next(request, response);
    }
}
