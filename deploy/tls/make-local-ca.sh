#!/usr/bin/env bash
# The household's own certificate authority and the app's HTTPS certificate, made with openssl only
# (deploy/README.md, "HTTPS").
#
#   deploy/tls/make-local-ca.sh                                  for https://kilo.local
#   deploy/tls/make-local-ca.sh kilo.local kilo.home.arpa 192.168.1.20
#
# The first run makes the CA; every run issues a new server certificate from it, so renewing (every
# two years at the latest) is running this again, and phones keep trusting the same CA.
# The CA may vouch only for the names it was made with (a critical name constraint): should its key
# ever leak, it cannot be used to impersonate any other site to the devices that trust it.
#
# Writes
#   $KILO_CA_DIR/kilo-guardian-ca.crt   the CA certificate: install it on every phone, tablet and PC
#   $KILO_CA_DIR/kilo-guardian-ca.key   the CA's private key: stays on this machine, never in the cluster
#   $KILO_TLS_DIR/tls.crt, tls.key      the server certificate and key; deploy/k3s turns them into the
#                                       Secret kilo-guardian-tls that Traefik serves
# Environment
#   KILO_CA_DIR    default ~/.kilo-guardian/ca (outside the repository, so no git clean removes it)
#   KILO_TLS_DIR   default deploy/k3s/tls next to this script (git-ignored)
#   KILO_TLS_DAYS  lifetime of the server certificate, default and at most 825 days (what iOS accepts
#                  for certificates of a CA that the user installed)
set -euo pipefail
umask 077

ca_dir="${KILO_CA_DIR:-$HOME/.kilo-guardian/ca}"
tls_dir="${KILO_TLS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/k3s/tls}"
days="${KILO_TLS_DAYS:-825}"
[[ "$days" =~ ^[1-9][0-9]*$ ]] && [ "$days" -le 825 ] \
    || { echo "KILO_TLS_DAYS must be a whole number of days from 1 to 825, not '$days'" >&2; exit 2; }
[ "$#" -gt 0 ] || set -- kilo.local

# subjectAltName and name-constraint entries, one per name or address
san=() permitted=() checks=()
for name in "$@"; do
    if [[ "$name" =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]]; then
        san+=("IP:$name") permitted+=("permitted;IP:$name/255.255.255.255") checks+=("-verify_ip $name")
    elif [[ "$name" == *:* ]]; then
        san+=("IP:$name") permitted+=("permitted;IP:$name/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") checks+=("-verify_ip $name")
    elif [[ "$name" =~ ^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$ ]]; then
        san+=("DNS:$name") permitted+=("permitted;DNS:$name") checks+=("-verify_hostname $name")
    else
        echo "not a host name or IP address: '$name'" >&2
        exit 2
    fi
done
join() { local IFS=,; echo "$*"; }

ca_key="$ca_dir/kilo-guardian-ca.key"
ca_crt="$ca_dir/kilo-guardian-ca.crt"
mkdir -p "$ca_dir" "$tls_dir"
if [ ! -f "$ca_key" ]; then
    echo "make-local-ca: making a new CA in $ca_dir for: $*"
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$ca_key"
    openssl req -x509 -new -key "$ca_key" -sha256 -days 3650 \
        -subj "/O=Kilo Guardian household/CN=Kilo Guardian local CA $(date -u +%Y-%m-%dT%H%M%SZ)" \
        -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -addext "nameConstraints=critical,$(join "${permitted[@]}")" \
        -out "$ca_crt"
else
    echo "make-local-ca: reusing the CA in $ca_dir"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/tls.key"
openssl req -new -key "$work/tls.key" -subj "/CN=$1" -out "$work/tls.csr"
cat > "$work/server.ext" <<EXT
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = $(join "${san[@]}")
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EXT
openssl x509 -req -in "$work/tls.csr" -CA "$ca_crt" -CAkey "$ca_key" -set_serial "0x$(openssl rand -hex 16)" \
    -days "$days" -sha256 -extfile "$work/server.ext" -out "$work/tls.crt" 2>/dev/null

# what a browser checks: the chain to this CA, the purpose, each name (openssl checks one name per
# run) and the CA's name constraints
for check in "${checks[@]}"; do
    # shellcheck disable=SC2086 # "-verify_hostname <name>": option and value
    openssl verify -x509_strict -purpose sslserver -CAfile "$ca_crt" $check "$work/tls.crt" >> "$work/verify" 2>&1 \
        || { failed=1; break; }
done
if [ "${failed:-0}" = 1 ]; then
    cat "$work/verify" >&2
    echo "make-local-ca: the CA in $ca_dir does not vouch for all of: $*" >&2
    echo "  it may name only: $(openssl x509 -in "$ca_crt" -noout -ext nameConstraints | tail -n +2 | tr -s ' \n' ' ')" >&2
    echo "  for other names make a new CA (KILO_CA_DIR=<new folder>) and trust it on every device instead" >&2
    exit 1
fi
mv "$work/tls.key" "$tls_dir/tls.key"
mv "$work/tls.crt" "$tls_dir/tls.crt"

echo "make-local-ca: wrote $tls_dir/tls.crt and tls.key for $* (valid $days days, until $(openssl x509 -in "$tls_dir/tls.crt" -noout -enddate | cut -d= -f2))"
echo "make-local-ca: the CA to install on every device is $ca_crt"
echo "  $(openssl x509 -in "$ca_crt" -noout -fingerprint -sha256)  (compare it on the device)"
echo "  keep $ca_key on this machine and in your password manager, never in the cluster"
echo "next: kubectl apply -k deploy/k3s   (Traefik picks up the new certificate by itself)"
