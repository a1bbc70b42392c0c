"""The registry: every rule the engine runs, in code order. A new rule is a new module here."""

from lstmcheck.lint.rule import Rule
from lstmcheck.lint.rules import (
    lc000_parse_error,
    lc001_missing_hidden_size,
    lc002_unknown_argument,
    lc003_swapped_sizes,
    lc004_too_many_arguments,
    lc005_invalid_value,
    lc006_ineffective_dropout,
    lc007_bidirectional_head_mismatch,
    lc008_input_size_mismatch,
    lc009_initial_state_mismatch,
    lc010_torch_rejects,
    lc011_result_form,
    lc100_unused_noqa,
)

RULES: tuple[Rule, ...] = (
    lc000_parse_error.RULE,
    lc001_missing_hidden_size.RULE,
    lc002_unknown_argument.RULE,
    lc003_swapped_sizes.RULE,
    lc004_too_many_arguments.RULE,
    lc005_invalid_value.RULE,
    lc006_ineffective_dropout.RULE,
    lc007_bidirectional_head_mismatch.RULE,
    lc008_input_size_mismatch.RULE,
    lc009_initial_state_mismatch.RULE,
    lc010_torch_rejects.RULE,
    lc011_result_form.RULE,
    lc100_unused_noqa.RULE,
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
