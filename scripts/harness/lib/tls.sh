# Sourced by up.sh: the test PKI under $1.
#   ca.crt        test CA (CN=sqlwire-test-ca) that signed everything below
#   other-ca.crt  an unrelated CA, for "wrong trust anchor" tests
#   server.crt    CN=localhost, SAN DNS:localhost, IP:127.0.0.1, IP:::1 (so 127.0.0.2 is a wrong host name)
#   client.crt    CN=cert_user (client certificate login); client.key (PEM), client.pk8 (PKCS#8 DER),
#                 client.p12 (PKCS#12), truststore.p12 (the CA); keystore password "changeit"
make_tls() {
  local dir=$1
  mkdir -p "$dir"
  (
    cd "$dir"
    # key generation dominates; the four keys in parallel
    for k in ca other-ca server client; do
      openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$k.key" 2>/dev/null &
    done
    wait
    local ca_ext=(-addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign")
    openssl req -x509 -key ca.key -days 3650 -subj "/CN=sqlwire-test-ca" -out ca.crt "${ca_ext[@]}"
    openssl req -x509 -key other-ca.key -days 3650 -subj "/CN=sqlwire-other-ca" -out other-ca.crt "${ca_ext[@]}"
    openssl req -new -key server.key -subj "/CN=localhost" -out server.csr
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" "basicConstraints=CA:FALSE" \
      "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" > server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
      -extfile server.ext -out server.crt 2>/dev/null
    openssl req -new -key client.key -subj "/CN=cert_user" -out client.csr
    printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
      "extendedKeyUsage=clientAuth" > client.ext
    openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
      -extfile client.ext -out client.crt 2>/dev/null
    openssl pkcs8 -topk8 -inform PEM -outform DER -in client.key -out client.pk8 -nocrypt
    openssl pkcs12 -export -in client.crt -inkey client.key -certfile ca.crt -name cert_user \
      -out client.p12 -passout pass:changeit
    chmod 600 ./*.key client.pk8 client.p12
    openssl verify -CAfile ca.crt server.crt client.crt >/dev/null
  )
}

# make_tls in the background: the servers' cert-independent set-up runs meanwhile, and each calls
# tls_wait before it installs the certificates.
start_tls() {
  local dir=$1
  mkdir -p "$dir"
  # plain statements (not an `if` condition) so that set -e stops at the first failing command
  (
    trap 'touch "$dir/.failed"' EXIT
    make_tls "$dir"
    touch "$dir/.done"
    trap - EXIT
    make_truststore "$dir"
  ) &
  TLS_PID=$!
}
tls_wait() {
  wait_until 120 eval '[ -e "$S/.done" ] || [ -e "$S/.failed" ]' || die "TLS material not ready after 120 s"
  [ -e "$S/.done" ] || die "generating the TLS material failed"
}

# A PKCS#12 truststore needs keytool (OpenSSL 3.0 cannot mark a certificate as trusted for Java);
# without one, or when it fails, there is just no truststore.p12.
make_truststore() {
  local dir=$1 keytool
  keytool=$(command -v keytool || true)
  if [ -z "$keytool" ] && [ -x "${JAVA_HOME:-/nonexistent}/bin/keytool" ]; then keytool=$JAVA_HOME/bin/keytool; fi
  [ -n "$keytool" ] || { echo "up: no keytool: no truststore.p12" >&2; return 0; }
  "$keytool" -importcert -noprompt -alias sqlwire-test-ca -file "$dir/ca.crt" -keystore "$dir/truststore.p12" \
    -storetype PKCS12 -storepass changeit >/dev/null 2>&1 || echo "up: keytool failed: no truststore.p12" >&2
}
