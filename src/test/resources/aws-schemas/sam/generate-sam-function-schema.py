"""Writes sam-function.schema.json: the AWS::Serverless::Function part (its resource and its Globals) of the SAM
schema that the installed aws-sam-translator generates from its schema source, the generator of the sam.schema.json
AWS publishes in aws/serverless-application-model. Documentation strings are dropped; nothing else is changed.

    python3 generate-sam-function-schema.py > sam-function.schema.json
"""
import json
import sys

import samtranslator
from samtranslator.internal.schema_source.schema import SamModel, get_schema

PREFIX = "samtranslator__internal__schema_source__aws_serverless_function__"
DOCS = ("markdownDescription", "markdownDescriptionOverride", "description")


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value[len("#/definitions/"):]
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def without_docs(node):
    if isinstance(node, dict):
        return {key: without_docs(value) for key, value in node.items() if key not in DOCS}
    if isinstance(node, list):
        return [without_docs(value) for value in node]
    return node


schema = get_schema(SamModel)
definitions = schema["definitions"]
roots = [PREFIX + "Resource", PREFIX + "Globals"]
seen, todo = set(), list(roots)
while todo:
    name = todo.pop()
    if name not in seen:
        seen.add(name)
        todo.extend(refs(definitions[name]))
excerpt = {
    "$schema": schema["$schema"],
    "$comment": "aws-sam-translator " + samtranslator.__version__ + ": " + ", ".join(roots),
    "definitions": {name: without_docs(definitions[name]) for name in sorted(seen)},
}
json.dump(excerpt, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
