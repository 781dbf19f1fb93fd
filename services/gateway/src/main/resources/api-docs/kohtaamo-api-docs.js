// Swagger UI over every service's OpenAPI document, listed by the gateway's /openapi index.
// An external script, so that the page keeps a Content-Security-Policy without inline scripts.
fetch('/openapi')
  .then(function (response) { return response.json(); })
  .then(function (index) {
    window.ui = SwaggerUIBundle({
      urls: index.services.map(function (service) { return { name: service.name, url: service.url }; }),
      'urls.primaryName': 'routing',
      dom_id: '#swagger-ui',
      deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout'
    });
  });
