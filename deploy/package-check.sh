#!/bin/sh
# Run by ./mvnw package (after Quarkus wrote target/function.zip): checks that the zip is the kind this build was
# asked for and files it where only the matching SAM template looks for it:
#   JVM    (a jar, lib/, no bootstrap) -> target/sam/jvm/function.zip     <- template.yaml        (java21, SnapStart)
#   native (a bootstrap executable)    -> target/sam/native/function.zip  <- template-native.yaml (provided.al2023)
# So `sam deploy` of the other template fails at once ("CodeUri ... does not exist") instead of deploying a zip its
# runtime cannot start (Runtime.InvalidEntrypoint, answered 502, which HighLevel drops).
# Arguments: the build directory, "true" for a native build, the JDK's jar tool.
set -eu
target=$1 native=$2 jar=$3
zip="$target/function.zip"
if [ ! -f "$zip" ]; then
    echo "[package-check] no $zip (not a Lambda package build): nothing to check"
    exit 0
fi
if "$jar" tf "$zip" | grep -qx 'bootstrap'; then kind=native; else kind=jvm; fi
if [ "$native" = "true" ]; then expected=native; else expected=jvm; fi
if [ "$kind" != "$expected" ]; then
    echo "[package-check] $zip is a $kind package but this is a $expected build: run ./mvnw clean package again" >&2
    exit 1
fi
if [ "$kind" = jvm ] && ! "$jar" tf "$zip" | grep -q '^lib/'; then
    echo "[package-check] $zip has neither a bootstrap nor lib/: not a Lambda package" >&2
    exit 1
fi
rm -rf "$target/sam"
mkdir -p "$target/sam/$kind"
cp "$zip" "$target/sam/$kind/function.zip"
if [ "$kind" = jvm ]; then template=template.yaml; else template=template-native.yaml; fi
echo "[package-check] $kind package: target/sam/$kind/function.zip, deploy with: sam deploy --guided --template-file $template"
