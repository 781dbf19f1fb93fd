# shellcheck shell=bash
# A real mail server for trying the e-mail loop by hand: GreenMail standalone (deploy/greenmail, the
# version services/test-support's tests use), SMTP and IMAP on 127.0.0.1 only, mail kept in memory.
# Routing sends its notices and replies to its SMTP (service_env); with the demo on, each demo
# organisation has a mailbox there that routing reads over IMAP, set up through routing's API.
# Any address that gets mail gets a mailbox of its own, its login and password the address itself.

mail_jar() { echo "$KOHTAAMO_ROOT/deploy/greenmail/target/libs/greenmail-standalone.jar"; }

demo_mail_address() { echo "asiakaspalvelu@$1.$KOHTAAMO_MAIL_DEMO_DOMAIN"; }

start_mail() {
  if pid_alive mail; then ok "mail server already running"; return; fi
  [ -f "$(mail_jar)" ] || fail "GreenMail missing at $(mail_jar) (run ./kohtaamo build)"
  local users="" region
  for region in $KOHTAAMO_MAIL_DEMO_REGIONS; do
    users+="${users:+,}asiakaspalvelu:$KOHTAAMO_MAIL_DEMO_PASSWORD@$region.$KOHTAAMO_MAIL_DEMO_DOMAIN"
  done
  say "Starting the mail server (GreenMail): SMTP 127.0.0.1:$KOHTAAMO_MAIL_SMTP_PORT, IMAP 127.0.0.1:$KOHTAAMO_MAIL_IMAP_PORT"
  # Per protocol host names, not greenmail.hostname: that one also starts GreenMail's web API on 8080.
  # shellcheck disable=SC2086 # the options are words
  nohup java -Xms16m -Xmn8m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${KOHTAAMO_JVM_FOOTPRINT:-} \
      -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$KOHTAAMO_MAIL_SMTP_PORT" \
      -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$KOHTAAMO_MAIL_IMAP_PORT" \
      -Dgreenmail.users="$users" -Dgreenmail.users.login=email \
      -jar "$(mail_jar)" > "$LOGS/mail.log" 2>&1 < /dev/null &
  echo $! > "$RUN/mail.pid"
  wait_for mail 60 bash -c "exec 3<>/dev/tcp/127.0.0.1/$KOHTAAMO_MAIL_IMAP_PORT" || fail "the mail server did not start; see $LOGS/mail.log"
  ok "mail server ready"
}

# A demo user's access token (Keycloak's password grant for the command-line client).
demo_token() {
  curl -fsS -d grant_type=password -d client_id=kohtaamo-cli -d "username=$1" -d "password=$KOHTAAMO_DEMO_PASSWORD" \
      "$QUARKUS_OIDC_AUTH_SERVER_URL/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# Each demo organisation's mailbox in routing, through its API as the organisation's supervisor
# (routing serves /api/v1/mailboxes itself; the gateway does not route it). Once: a mailbox with
# the address is left as it is. Its password is the secret routing gets in service_env.
seed_demo_mailboxes() {
  if [ "${KOHTAAMO_DEMO:-1}" = 0 ]; then return; fi
  local region address token existing url="http://127.0.0.1:$KOHTAAMO_PORT_CONTACT_ROUTING/api/v1/mailboxes"
  for region in $KOHTAAMO_MAIL_DEMO_REGIONS; do
    address=$(demo_mail_address "$region")
    token=$(demo_token "supervisor.$region")
    [ -n "$token" ] || fail "no token for supervisor.$region from Keycloak: the demo mailboxes are not set up"
    existing=$(curl -fsS -H "Authorization: Bearer $token" "$url") || fail "cannot list ely-$region's mailboxes at $url"
    case $existing in *"\"address\":\"$address\""*) continue ;; esac
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{
        \"address\": \"$address\", \"language\": \"fi\", \"host\": \"127.0.0.1\", \"port\": $KOHTAAMO_MAIL_IMAP_PORT,
        \"security\": \"NONE\", \"username\": \"$address\", \"passwordSecret\": \"$KOHTAAMO_MAIL_DEMO_SECRET\"}" "$url" \
      || fail "cannot add the demo mailbox $address to ely-$region"
  done
  ok "demo mailboxes: $(for region in $KOHTAAMO_MAIL_DEMO_REGIONS; do printf '%s ' "$(demo_mail_address "$region")"; done)"
}

# How to try the loop, for up's closing words.
mail_usage() {
  local uusimaa; uusimaa=$(demo_mail_address uusimaa)
  cat <<EOF
Mail (GreenMail, in memory): SMTP 127.0.0.1:$KOHTAAMO_MAIL_SMTP_PORT, IMAP 127.0.0.1:$KOHTAAMO_MAIL_IMAP_PORT
EOF
  if [ "${KOHTAAMO_DEMO:-1}" = 0 ]; then
    echo "  (no demo mailboxes: KOHTAAMO_DEMO=0)"
    return
  fi
  cat <<EOF
  Write to ely-uusimaa (routing reads $uusimaa; ely-pirkanmaa: $(demo_mail_address pirkanmaa)):
    printf 'From: Maija <maija@example.fi>\r\nTo: $uusimaa\r\nSubject: Lupa-asia\r\n\r\nHei!\r\n' \\
      | curl -sS smtp://127.0.0.1:$KOHTAAMO_MAIL_SMTP_PORT --mail-from maija@example.fi --mail-rcpt $uusimaa -T -
  Read what Kohtaamo sent back (every address is a mailbox; login and password: the address):
    curl -sS 'imap://127.0.0.1:$KOHTAAMO_MAIL_IMAP_PORT/INBOX' -u 'maija@example.fi:maija@example.fi' -X 'SEARCH ALL'
    curl -sS 'imap://127.0.0.1:$KOHTAAMO_MAIL_IMAP_PORT/INBOX;UID=1' -u 'maija@example.fi:maija@example.fi'
EOF
}
