"""YAML read as text: a sidecar's scalars are strings, or integers written in decimal digits.

PyYAML's safe loader follows YAML 1.1, where `page: 010` is octal 8, `0x10` is 16, `1:30` is 90
(sexagesimal), `date: 2024-02-30` is a timestamp (a ValueError, not a YAMLError), and `yes` is
True. A sidecar names a paper, a date and a page: each of those readings misfiles a page silently
or fails without a clear line. Here a plain scalar of digits (an optional sign) is a decimal
integer (`010` is 10; past 19 digits, the text as written), `~`, `null` and an empty value are nothing, and every other scalar is
the text as written: dates go through Baoku's own date parsing and its message. An explicit tag
other than !!str, !!int (decimal), !!null, !!seq and !!map is a YAML error, and so is a key
given twice in one mapping.
"""

from __future__ import annotations

import re

import yaml

from .jsontext import integer

_DECIMAL = re.compile(r"^[-+]?[0-9]+$")
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
INT, NULL = "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"


class _Constructor(yaml.constructor.SafeConstructor):
    yaml_constructors = {key: value for key, value in yaml.constructor.SafeConstructor.yaml_constructors.items()
                         if key in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map",
                                    NULL, None)}  # None: any other tag is refused (construct_undefined)

    def construct_mapping(self, node, deep=False):
        """A mapping whose every key is given once: PyYAML keeps the last of two, and a sidecar
        naming two dates filed the page under the second without a word."""
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                if not isinstance(key, (str, int)):
                    continue  # (a list or a mapping as a key: the mapping's own error says so)
                if key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is given twice; which "
                                                            "value is meant cannot be told: keep one",
                                                            key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_decimal(self, node):
        text = self.construct_scalar(node)
        if not _DECIMAL.match(text):
            raise yaml.constructor.ConstructorError(None, None, f"{text!r} is not a decimal integer",
                                                    node.start_mark)
        return integer(text)


_Constructor.add_constructor(INT, _Constructor.construct_decimal)


class _Resolver(yaml.resolver.BaseResolver):
    yaml_implicit_resolvers: dict = {}


_Resolver.add_implicit_resolver(INT, _DECIMAL, list("-+0123456789"))
_Resolver.add_implicit_resolver(NULL, _NULL, ["~", "n", "N", ""])


class TextLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                 _Constructor, _Resolver):
    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _Constructor.__init__(self)
        _Resolver.__init__(self)


def load(text: str):
    """The document's value: mappings, lists, text, decimal integers and None only."""
    return yaml.load(text, Loader=TextLoader)  # noqa: S506 - the loader builds nothing but those
