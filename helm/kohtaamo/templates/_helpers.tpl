{{/* Names are DNS labels: at most 63 characters, no trailing dash. */}}
{{- define "kohtaamo.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
A component's name: fullname-component, cut to 63 so that the component stays visible. "reserve"
keeps room for the suffixes an operator adds to the objects it makes (e.g. -kafka-bootstrap).
*/}}
{{- define "kohtaamo.componentName" -}}
{{- $full := include "kohtaamo.fullname" .root -}}
{{- $room := sub (sub 62 (len .name)) (.reserve | default 0) | int -}}
{{- if lt $room 1 -}}{{- fail (printf "component name %s is too long" .name) -}}{{- end -}}
{{- printf "%s-%s" ($full | trunc $room | trimSuffix "-") .name -}}
{{- end -}}

{{- define "kohtaamo.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "kohtaamo.labels" -}}
helm.sh/chart: {{ include "kohtaamo.chart" .root }}
app.kubernetes.io/part-of: kohtaamo
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{- if .component }}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end -}}

{{/* Selects one service's pods. */}}
{{- define "kohtaamo.selectorLabels" -}}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/name: {{ .component }}
{{- end -}}

{{/* A service's settings: its own over serviceDefaults. */}}
{{- define "kohtaamo.service" -}}
{{- $defaults := deepCopy .root.Values.serviceDefaults -}}
{{- toYaml (mergeOverwrite $defaults (deepCopy .service)) -}}
{{- end -}}

{{- define "kohtaamo.image" -}}
{{- $image := .root.Values.global.image -}}
{{- $tag := .service.imageTag | default $image.tag -}}
{{- if or (not $tag) (eq (toString $tag) "latest") -}}{{- fail (printf "services.%s: pin the image tag (not empty, not latest)" .name) -}}{{- end -}}
{{- printf "%s/%s:%s" $image.registry .name (toString $tag) -}}
{{- end -}}

{{- define "kohtaamo.postgresHost" -}}
{{- if .Values.postgres.enabled -}}{{ include "kohtaamo.postgresCluster" . }}-rw{{- else -}}{{ .Values.externalPostgres.host }}{{- end -}}
{{- end -}}

{{- define "kohtaamo.jdbcUrl" -}}
{{- if .Values.postgres.enabled -}}
jdbc:postgresql://{{ include "kohtaamo.postgresHost" . }}:5432/kohtaamo
{{- else -}}
jdbc:postgresql://{{ .Values.externalPostgres.host }}:{{ .Values.externalPostgres.port }}/{{ .Values.externalPostgres.database }}
{{- end -}}
{{- end -}}

{{/* Operator-made names: CloudNativePG adds -rw/-ro/-r, Strimzi -kafka-bootstrap, Keycloak -service. */}}
{{- define "kohtaamo.postgresCluster" -}}{{ include "kohtaamo.componentName" (dict "root" . "name" "postgres" "reserve" 3) }}{{- end -}}
{{- define "kohtaamo.kafkaCluster" -}}{{ include "kohtaamo.componentName" (dict "root" . "name" "kafka" "reserve" 16) }}{{- end -}}
{{- define "kohtaamo.keycloakName" -}}{{ include "kohtaamo.componentName" (dict "root" . "name" "keycloak" "reserve" 8) }}{{- end -}}

{{/* The TLS listener with SCRAM-SHA-512 authentication: the only one the chart's Kafka has. */}}
{{- define "kohtaamo.kafkaBootstrap" -}}
{{- if .Values.kafka.enabled -}}{{ include "kohtaamo.kafkaCluster" . }}-kafka-bootstrap:9093{{- else -}}{{ .Values.externalKafka.bootstrapServers }}{{- end -}}
{{- end -}}

{{/* The services that use Kafka (a kafka block in their values), one per line: their KafkaUsers, credentials and egress. */}}
{{- define "kohtaamo.kafkaClients" -}}
{{- range $name, $s := .Values.services }}{{ if and $s.enabled $s.kafka }}{{ $name }}
{{ end }}{{ end -}}
{{- end -}}

{{/* The secret with a service's SASL JAAS configuration (key sasl.jaas.config): its KafkaUser's, or an external one. */}}
{{- define "kohtaamo.kafkaUserSecret" -}}
{{- if .root.Values.kafka.enabled -}}{{ .name }}{{- else -}}{{ index .root.Values.externalKafka.userSecrets .name | default "" }}{{- end -}}
{{- end -}}

{{/* The cluster CA the services trust for Kafka's TLS listener: Strimzi's, or an external one (key ca.crt). */}}
{{- define "kohtaamo.kafkaCaSecret" -}}
{{- if .Values.kafka.enabled -}}{{ include "kohtaamo.kafkaCluster" . }}-cluster-ca-cert{{- else -}}{{ .Values.externalKafka.caSecret }}{{- end -}}
{{- end -}}

{{/* Egress rules to endpoints outside the cluster: a list of {cidr, port, except?}. */}}
{{- define "kohtaamo.externalEgress" -}}
{{- range $endpoint := . }}
- to:
    - ipBlock:
        cidr: {{ $endpoint.cidr }}
        {{- with $endpoint.except }}
        except: {{ toJson . }}
        {{- end }}
  ports:
    - {port: {{ $endpoint.port }}, protocol: TCP}
{{- end }}
{{- end -}}

{{/* Labels for what the Prometheus Operator selects (ServiceMonitor, PodMonitor, PrometheusRule). */}}
{{- define "kohtaamo.monitoringLabels" -}}
{{- include "kohtaamo.labels" . }}
{{- with .root.Values.metrics.labels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* The secret holding a role's database password: given, or made by the chart. */}}
{{- define "kohtaamo.dbSecret" -}}
{{- $given := index .root.Values.postgres.existingSecrets .schema | default "" -}}
{{- if $given -}}{{ $given }}{{- else -}}{{ include "kohtaamo.componentName" (dict "root" .root "name" (printf "db-%s" .schema)) }}{{- end -}}
{{- end -}}

{{- define "kohtaamo.gatewaySecret" -}}
{{- .Values.gateway.oidc.existingSecret | default (include "kohtaamo.componentName" (dict "root" . "name" "gateway-oidc")) -}}
{{- end -}}

{{- define "kohtaamo.feedbackSecret" -}}
{{- .Values.feedback.oidc.existingSecret | default (include "kohtaamo.componentName" (dict "root" . "name" "feedback-oidc")) -}}
{{- end -}}

{{- define "kohtaamo.registrySecret" -}}
{{- .Values.registry.existingSecret | default (include "kohtaamo.componentName" (dict "root" . "name" "registry-keys")) -}}
{{- end -}}

{{/* Bad combinations fail the install with a message, before anything is applied. */}}
{{- define "kohtaamo.validate" -}}
{{- $v := .Values -}}
{{- if and (not $v.kafka.enabled) (not $v.externalKafka.bootstrapServers) -}}
{{- fail "kafka.enabled=false needs externalKafka.bootstrapServers" -}}
{{- end -}}
{{- if and (not $v.postgres.enabled) (not $v.externalPostgres.host) -}}
{{- fail "postgres.enabled=false needs externalPostgres.host" -}}
{{- end -}}
{{- if and $v.kafka.enabled (lt (int $v.kafka.replicationFactor) (add1 (int $v.kafka.minInsyncReplicas) | int)) -}}
{{- fail "kafka.replicationFactor must exceed kafka.minInsyncReplicas, or one broker down stops every producer" -}}
{{- end -}}
{{- if and $v.kafka.enabled (lt (int $v.kafka.replicas) (int $v.kafka.replicationFactor)) -}}
{{- fail "kafka.replicas must be at least kafka.replicationFactor" -}}
{{- end -}}
{{- if and (eq $v.attachments.store "s3") (not $v.attachments.s3.bucket) -}}
{{- fail "attachments.store=s3 needs attachments.s3.bucket" -}}
{{- end -}}
{{- if and $v.ingress.enabled (not $v.ingress.tls.secretName) -}}
{{- fail "ingress.enabled needs ingress.tls.secretName: the gateway is served over TLS only" -}}
{{- end -}}
{{- $demo := dict "gateway.oidc.clientSecret" "demo-gateway-secret-change-me-0123456789abcdef" "feedback.oidc.clientSecret" "demo-feedback-secret-change-me-0123456789abcdef" "registry.encryptionKey" "ZGVtby1vbmx5LWxvY2FsLWFlcy1rZXktMzItYnl0ZXM=" "registry.hashKey" "ZGVtby1vbmx5LWxvY2FsLWhtYWMta2V5LTMyYnl0ZXM=" "postgres.passwordSeed" "demo-seed-change-me-in-production" -}}
{{- $given := dict "gateway.oidc.clientSecret" (toString $v.gateway.oidc.clientSecret) "feedback.oidc.clientSecret" (toString $v.feedback.oidc.clientSecret) "registry.encryptionKey" (toString $v.registry.encryptionKey) "registry.hashKey" (toString $v.registry.hashKey) "postgres.passwordSeed" (toString $v.postgres.passwordSeed) -}}
{{- range $name, $value := $demo -}}
{{- if eq (get $given $name) $value -}}
{{- fail (printf "%s is the local launcher's public demo value: give a secret of your own (or existingSecret)" $name) -}}
{{- end -}}
{{- end -}}
{{- if and (not $v.gateway.oidc.existingSecret) (lt (len $v.gateway.oidc.clientSecret) 32) -}}
{{- fail "gateway.oidc: give existingSecret, or clientSecret of at least 32 characters" -}}
{{- end -}}
{{- if and (index $v.services "feedback").enabled (not $v.feedback.oidc.existingSecret) (lt (len $v.feedback.oidc.clientSecret) 32) -}}
{{- fail "feedback.oidc: give existingSecret, or clientSecret of at least 32 characters" -}}
{{- end -}}
{{- if not $v.gateway.trustedProxies -}}
{{- fail "gateway.trustedProxies: name the ingress controller's addresses; with none, forwarded headers would be believed from anyone" -}}
{{- end -}}
{{- if and (not $v.registry.existingSecret) (or (not $v.registry.encryptionKey) (not $v.registry.hashKey) (not $v.registry.exportPrivateKey) (not $v.registry.exportPublicKey)) -}}
{{- fail "registry: give existingSecret, or encryptionKey, hashKey, exportPrivateKey and exportPublicKey" -}}
{{- end -}}
{{- if and $v.postgres.enabled (lt (len (toString $v.postgres.passwordSeed)) 16) -}}
{{- range $name, $s := $v.services -}}
{{- if and $s.enabled $s.schema (not (index $v.postgres.existingSecrets $s.schema)) -}}
{{- fail (printf "postgres: role %s needs postgres.existingSecrets.%s or a postgres.passwordSeed of 16+ characters" $s.schema $s.schema) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if and (index $v.services "web-channel").enabled (lt (len (toString $v.postgres.passwordSeed)) 16) -}}
{{- fail "web-channel: its contact form's challenge key is derived from postgres.passwordSeed: give one of 16+ characters" -}}
{{- end -}}
{{- if and (not $v.mail.mock) (not $v.mail.host) -}}
{{- fail "mail.mock=false needs mail.host" -}}
{{- end -}}
{{- if and (not $v.kafka.enabled) $v.networkPolicy.enabled (not $v.externalKafka.egress) -}}
{{- fail "kafka.enabled=false with networkPolicy.enabled needs externalKafka.egress (CIDR and port of the brokers), or no service reaches Kafka" -}}
{{- end -}}
{{- if and (not $v.postgres.enabled) $v.networkPolicy.enabled (not $v.externalPostgres.egress) -}}
{{- fail "postgres.enabled=false with networkPolicy.enabled needs externalPostgres.egress (CIDR and port), or no service reaches PostgreSQL" -}}
{{- end -}}
{{- if and (not $v.keycloak.enabled) $v.networkPolicy.enabled (not $v.externalKeycloak.egress) -}}
{{- fail "keycloak.enabled=false with networkPolicy.enabled needs externalKeycloak.egress (CIDR and port of the issuer), or no service gets the token keys" -}}
{{- end -}}
{{- if and (not $v.kafka.enabled) (hasPrefix "SASL" $v.externalKafka.securityProtocol) -}}
{{- range $name := splitList "\n" (include "kohtaamo.kafkaClients" $) | compact -}}
{{- if not (index $v.externalKafka.userSecrets $name) -}}
{{- fail (printf "externalKafka.userSecrets.%s: name the secret with the service's sasl.jaas.config" $name) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if and $v.postgres.backup.enabled (not $v.postgres.backup.destinationPath) -}}
{{- fail "postgres.backup.enabled needs postgres.backup.destinationPath" -}}
{{- end -}}
{{- range $name, $raw := $v.services -}}
{{- $s := fromYaml (include "kohtaamo.service" (dict "root" $ "service" $raw)) -}}
{{- if $s.enabled -}}
{{- if and $s.autoscaling.enabled (gt (int $s.autoscaling.minReplicas) (int $s.autoscaling.maxReplicas)) -}}
{{- fail (printf "services.%s.autoscaling: minReplicas is above maxReplicas" $name) -}}
{{- end -}}
{{- if and $s.podDisruptionBudget.enabled (lt (int $s.replicas) 2) -}}
{{- fail (printf "services.%s: a disruption budget with one replica blocks every node drain; run 2 or more" $name) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if not (index $v.services "gateway").enabled -}}
{{- fail "services.gateway cannot be disabled: it is the only way in" -}}
{{- end -}}
{{- end -}}
