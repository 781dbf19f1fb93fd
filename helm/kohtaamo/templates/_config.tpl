{{/*
A service's configuration (its ConfigMap's data): the environment variables Quarkus maps to the
properties in the service's application.properties. Defined once so that the Deployment's
config-checksum hashes exactly what the ConfigMap holds: a global change (issuer, mail, tracing,
Kafka) restarts the pods as a per-service one does.
Arguments: root, name (the service), s (its settings over serviceDefaults).
*/}}
{{- define "kohtaamo.serviceConfig" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $s := .s -}}
{{- $v := $root.Values -}}
{{- $gateway := include "kohtaamo.componentName" (dict "root" $root "name" "gateway") -}}
QUARKUS_HTTP_PORT: "8080"
# Health and metrics on the management interface, reachable only from the monitoring namespace.
QUARKUS_MANAGEMENT_ENABLED: "true"
QUARKUS_MANAGEMENT_PORT: {{ $v.management.port | quote }}
KOHTAAMO_LOG_FORMAT: {{ $v.global.logFormat | quote }}
{{- if $s.schema }}
QUARKUS_DATASOURCE_JDBC_URL: {{ include "kohtaamo.jdbcUrl" $root | quote }}
QUARKUS_DATASOURCE_USERNAME: {{ $s.schema | quote }}
{{- end }}
{{- if $s.kafka }}
KAFKA_BOOTSTRAP_SERVERS: {{ include "kohtaamo.kafkaBootstrap" $root | quote }}
{{- $protocol := ternary "SASL_SSL" $v.externalKafka.securityProtocol $v.kafka.enabled }}
KAFKA_SECURITY_PROTOCOL: {{ $protocol | quote }}
{{- if hasPrefix "SASL" $protocol }}
KAFKA_SASL_MECHANISM: {{ ternary "SCRAM-SHA-512" $v.externalKafka.saslMechanism $v.kafka.enabled | quote }}
{{- end }}
{{- if include "kohtaamo.kafkaCaSecret" $root }}
KAFKA_SSL_TRUSTSTORE_TYPE: "PEM"
KAFKA_SSL_TRUSTSTORE_LOCATION: "/etc/kohtaamo/kafka-ca/ca.crt"
{{- end }}
{{- end }}
{{- if $v.keycloak.enabled }}
# Keys and tokens from Keycloak inside the cluster; the tokens' issuer is the public URL browsers use.
QUARKUS_OIDC_AUTH_SERVER_URL: "http://{{ include "kohtaamo.keycloakName" $root }}-service:8080/realms/kohtaamo"
{{- else }}
QUARKUS_OIDC_AUTH_SERVER_URL: {{ $v.global.issuerUrl | quote }}
{{- end }}
QUARKUS_OIDC_TOKEN_ISSUER: {{ $v.global.issuerUrl | quote }}
JDK_JAVA_OPTIONS: {{ $s.javaOptions | quote }}
{{- with $v.tracing.otlpEndpoint }}
# Spans exported to the collector (OTLP over gRPC). Without one, traces still flow through requests
# and events (traceparent, log lines) but nothing is exported.
KOHTAAMO_OTLP_ENDPOINT: {{ . | quote }}
KOHTAAMO_OTLP_PROTOCOL: "grpc"
{{- end }}
{{- if eq $name "gateway" }}
KOHTAAMO_SWAGGER_UI: {{ $v.swaggerUi.enabled | quote }}
# Behind the ingress: the original scheme and host make the sign-in callback right; believed only
# from the ingress controller (gateway.trustedProxies).
QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING: "true"
QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED: "true"
QUARKUS_HTTP_PROXY_TRUSTED_PROXIES: {{ join "," $v.gateway.trustedProxies | quote }}
{{- range $group, $limit := $v.gateway.rateLimits }}
KOHTAAMO_GATEWAY_RATE_LIMITS_{{ $group | upper }}_ANONYMOUS_PER_MINUTE: {{ $limit.anonymousPerMinute | quote }}
KOHTAAMO_GATEWAY_RATE_LIMITS_{{ $group | upper }}_AUTHENTICATED_PER_MINUTE: {{ $limit.authenticatedPerMinute | quote }}
{{- end }}
{{- range $other, $otherRaw := $v.services }}
{{- if and $otherRaw.enabled $otherRaw.route }}
KOHTAAMO_GATEWAY_ROUTES_{{ $otherRaw.route | upper }}_URL: "http://{{ include "kohtaamo.componentName" (dict "root" $root "name" $other) }}:8080"
{{- end }}
{{- end }}
{{- end }}
{{- if eq $name "web-channel" }}
# Through the gateway: only the gateway reaches the domain services (NetworkPolicy).
QUARKUS_REST_CLIENT_CATALOGUE_URL: "http://{{ $gateway }}:8080"
QUARKUS_REST_CLIENT_CONTACT_ROUTING_URL: "http://{{ $gateway }}:8080"
QUARKUS_REST_CLIENT_FEEDBACK_URL: "http://{{ $gateway }}:8080"
QUARKUS_REST_CLIENT_KNOWLEDGE_URL: "http://{{ $gateway }}:8080"
QUARKUS_REST_CLIENT_REGISTRY_URL: "http://{{ $gateway }}:8080"
QUARKUS_REST_CLIENT_WEBHOOKS_URL: "http://{{ $gateway }}:8080"
# A knowledge article's link an agent inserts into a reply.
KOHTAAMO_WEB_PUBLIC_URL: "{{ $v.global.publicUrl }}"
{{- end }}
{{- if eq $name "feedback" }}
# A sent survey's recipients from the registry, through the gateway (only it reaches the registry).
QUARKUS_REST_CLIENT_REGISTRY_URL: "http://{{ $gateway }}:8080"
{{- end }}
{{- if eq $name "service-catalogue" }}
KOHTAAMO_OPEN311_ENDPOINT_URL: "{{ $v.global.publicUrl }}/open311/v2"
{{- end }}
{{- if eq $name "contact-routing" }}
KOHTAAMO_ROUTING_STATUS_PAGE_URL: "{{ $v.global.publicUrl }}/status"
KOHTAAMO_ROUTING_WORKSPACE_URL: "{{ $v.global.publicUrl }}/work"
KOHTAAMO_ROUTING_SURVEY_PAGE_URL: "{{ $v.global.publicUrl }}/surveys"
{{- with $v.mailboxes.allowedHosts }}
KOHTAAMO_ROUTING_MAIL_ALLOWED_HOSTS: {{ join "," . | quote }}
{{- end }}
KOHTAAMO_ROUTING_ATTACHMENTS_STORE: {{ $v.attachments.store | quote }}
{{- if eq $v.attachments.store "s3" }}
{{- with $v.attachments.s3 }}
{{- with .endpoint }}
KOHTAAMO_ROUTING_ATTACHMENTS_S3_ENDPOINT: {{ . | quote }}
{{- end }}
KOHTAAMO_ROUTING_ATTACHMENTS_S3_REGION: {{ .region | quote }}
KOHTAAMO_ROUTING_ATTACHMENTS_S3_BUCKET: {{ .bucket | quote }}
KOHTAAMO_ROUTING_ATTACHMENTS_S3_PATH_STYLE: {{ .pathStyle | quote }}
KOHTAAMO_ROUTING_ATTACHMENTS_S3_PREFIX: {{ .prefix | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- if eq $name "webhooks" }}
# Each payload links to the API under the agency's own authorisation; targets as the operator allows.
KOHTAAMO_WEBHOOKS_API_BASE_URL: "{{ $v.global.publicUrl }}"
{{- with $v.webhooks.allowedRanges }}
KOHTAAMO_WEBHOOKS_TARGETS_ALLOWED_RANGES: {{ join "," . | quote }}
{{- end }}
{{- end }}
{{- if eq $name "feedback" }}
KOHTAAMO_FEEDBACK_SURVEY_PAGE_URL: "{{ $v.global.publicUrl }}/surveys"
{{- end }}
{{- if $s.mail }}
QUARKUS_MAILER_MOCK: {{ $v.mail.mock | quote }}
QUARKUS_MAILER_HOST: {{ $v.mail.host | quote }}
QUARKUS_MAILER_PORT: {{ $v.mail.port | quote }}
QUARKUS_MAILER_FROM: {{ $v.mail.from | quote }}
QUARKUS_MAILER_START_TLS: "REQUIRED"
{{- end }}
{{- end -}}
