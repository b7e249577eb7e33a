#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Batchsmith contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: checkdeb.sh <build dir> <version>
# Builds the .deb with cpack into a temporary folder, then checks its contents, its control fields, the
# desktop integration files (desktop-file-validate, appstreamcli) and that its binaries start.
set -uo pipefail
build=$1
version=$2
app_id=io.github.batchsmith.Batchsmith

command -v dpkg-deb >/dev/null || { echo "checkdeb: no dpkg-deb here (not Debian): skipped"; exit 77; }
for tool in cpack dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "checkdeb: $tool is missing (run .ci/install-deps)"; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { # check <description> <command…>
    local what=$1
    shift
    if "$@" >"$work/check.log" 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $what"
        sed 's/^/    /' "$work/check.log"
    fi
}

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "checkdeb: cpack failed"
    exit 1
fi
debs=("$work"/out/batchsmith_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "checkdeb: expected one batchsmith_*.deb, got: ${debs[*]}"; exit 1; }
deb=${debs[0]}
echo "checkdeb: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Contents: the three programs and every desktop integration file, at their XDG places.
dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/contents"
expected=(
    ./usr/bin/batchsmith ./usr/bin/batchsmith-cli ./usr/bin/batchsmith-sandbox
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/mime/packages/$app_id.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/doc/batchsmith/copyright
)
for size in 16 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    check "package contains $path" grep -qxF "$path" "$work/contents"
done

# Control fields: name, version, and the Qt 6 runtime it needs on Debian 12.
check "Package is batchsmith" test "$(dpkg-deb -f "$deb" Package)" = batchsmith
check "Version is $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "checkdeb: Depends: $depends"
sed 's/, */\n/g' <<<"$depends" | sed 's/ .*//' | sort -u >"$work/depends"
for pkg in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    libqt6httpserver6 libqt6websockets6 libqt6svg6 qt6-qpa-plugins libqt6keychain1; do
    check "Depends names $pkg" grep -qxF "$pkg" "$work/depends"
done
check "Recommends qt6-translations-l10n" grep -q qt6-translations-l10n <<<"$(dpkg-deb -f "$deb" Recommends)"
for field in Maintainer Section Homepage Description; do
    check "$field is set" test -n "$(dpkg-deb -f "$deb" "$field")"
done

# The installed files as a desktop and a software centre read them.
root=$work/root
dpkg-deb -x "$deb" "$root"
share=$root/usr/share
check "desktop-file-validate accepts the desktop entry" desktop-file-validate "$share/applications/$app_id.desktop"
check "appstreamcli accepts the metainfo" appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
check "desktop entry runs batchsmith" grep -qx 'Exec=batchsmith %f' "$share/applications/$app_id.desktop"
check "desktop entry handles drafts" grep -qx 'MimeType=application/x-batchsmith-draft;' \
    "$share/applications/$app_id.desktop"
check "desktop entry's icon is installed" grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop"
check "metainfo launches the desktop entry" \
    grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$share/metainfo/$app_id.metainfo.xml"
check "metainfo lists release $version" grep -qF "<release version=\"$version\"" "$share/metainfo/$app_id.metainfo.xml"
check "MIME type globs *.batchsmith" grep -qF '<glob pattern="*.batchsmith"/>' "$share/mime/packages/$app_id.xml"
check "MIME type is a kind of JSON" grep -qF '<sub-class-of type="application/json"/>' "$share/mime/packages/$app_id.xml"

# The packaged (stripped) programs start and report the version.
check "batchsmith --version" grep -qx "batchsmith $version" <<<"$("$root/usr/bin/batchsmith" --version 2>&1)"
check "batchsmith-cli --version" grep -qF "$version" <<<"$("$root/usr/bin/batchsmith-cli" --version 2>&1)"

echo "checkdeb: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
