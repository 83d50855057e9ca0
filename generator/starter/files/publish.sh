#!/bin/sh
# Builds the site and copies it to any other host: a web server over SSH
# (rsync), or object storage (an S3 bucket, through the aws command). Run it
# from this folder, by hand or from any CI, every night as well as after
# each change: the follow-up calculator's dated pages cover a window around
# the build date.
#
#   BASE_URL=https://example.org/guide/ ./publish.sh rsync user@host:/var/www/guide/
#   BASE_URL=https://example.org/guide/ ./publish.sh s3 s3://bucket/guide/
#
# The output's folders are 0755 and its files 0644 (under umask 022), so a
# web server running as another user can read them once copied.
set -eu
usage() { echo "usage: BASE_URL=https://... $0 rsync|s3 TARGET" >&2; exit 2; }
[ $# -eq 2 ] || usage
: "${BASE_URL:?set BASE_URL to the address the site is published at}"
followup build --base-url "$BASE_URL"
case $1 in
rsync) rsync -a --delete --exclude=.followup-build public/ "$2" ;;
s3) aws s3 sync --delete --exclude .followup-build public/ "$2" ;;
*) usage ;;
esac
