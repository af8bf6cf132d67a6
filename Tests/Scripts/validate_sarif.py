#!/usr/bin/env python3
"""Validate a SARIF log (standard input) against a JSON schema (argument 1).

Exit 0 when valid; 1 with one line per error when not; 3 when the
`jsonschema[format]` package is missing, so the caller can say so rather
than report a pass. Formats (uri, uri-reference, date-time) are checked,
which needs the extra: without it jsonschema accepts any string.
"""
import json
import sys

try:
    import jsonschema
    import rfc3987  # noqa: F401  (installed by jsonschema[format]; makes "uri" checked)
except ImportError as error:
    print(f"missing Python package: {error.name}; pip install 'jsonschema[format]'", file=sys.stderr)
    sys.exit(3)


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    log = json.load(sys.stdin)
    validator_class = jsonschema.validators.validator_for(schema)
    # Every format jsonschema knows, not only draft-04's: the SARIF schema
    # says "uri-reference", which draft-04's checker would let through.
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for error in errors:
        path = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
