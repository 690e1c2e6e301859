"""The Python API of the compiled module: reports, offsets, batches,
pickling, fork safety and the errors of bad settings."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys

import cloudpickle
import dill
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import spamsplit
from spamsplit import Detector, SpamSplitError

from conftest import PROSE, SPAMMY, STUFFING


def test_finds_the_stuffing_and_keeps_the_prose(detector: Detector) -> None:
    report = detector.analyze(SPAMMY)
    assert report.is_spam
    assert report.score >= detector.threshold
    assert [SPAMMY[s.start : s.end] for s in report.spans] == [STUFFING]
    assert report.spam_fraction == pytest.approx(len(STUFFING) / len(SPAMMY))
    assert detector.clean(SPAMMY) == PROSE
    assert report.clean(SPAMMY) == PROSE


def test_prose_alone_is_not_spam(detector: Detector) -> None:
    report = detector.analyze(PROSE)
    assert not report.is_spam
    assert report.spans == []
    assert report.spam_fraction == 0.0
    assert detector.clean(PROSE) == PROSE


def test_spans_carry_score_and_signals(detector: Detector) -> None:
    (span,) = detector.analyze(SPAMMY).spans
    assert 0.5 <= span.score <= 1.0
    signals = span.signals
    assert signals.tokens == len(STUFFING.split())
    assert signals.function_words == 0
    assert signals.keyword_density > 0.9
    terms = {term for term, _, _ in signals.keywords}
    assert "ugg" in terms
    assert all(cat in {"brand", "product", "commerce", "vice"} for _, cat, _ in signals.keywords)
    assert "Span(start=" in repr(span) and "Signals(" in repr(signals)


def test_to_dict_is_plain_data(detector: Detector) -> None:
    d = detector.analyze(SPAMMY).to_dict()
    assert d["is_spam"] is True and d["offsets"] == "char"
    assert [tuple(s[:2]) for s in d["spans"]] == [(len(SPAMMY) - len(STUFFING), len(SPAMMY))]


@pytest.mark.parametrize(
    "prefix",
    [
        "plain ascii text here. ",
        "Café, crème brûlée et façade rénovée. ",
        "東京の天気は晴れです。今日は暖かい。",
        "Weather 🌧️🌈 with emoji 👩‍👩‍👧 today. ",
        "Ünïcödé and combining a\u0301 letters, right-to-left \u05e9\u05dc\u05d5\u05dd. ",
    ],
)
def test_char_offsets_index_the_python_string(detector: Detector, prefix: str) -> None:
    text = prefix + "\n\n" + STUFFING + "\n\n" + prefix
    chars = detector.analyze(text)
    raw = text.encode("utf-8")
    bytes_ = detector.analyze(text, offsets="byte")
    assert chars.offsets == "char" and bytes_.offsets == "byte"
    assert [text[s.start : s.end] for s in chars.spans] == [STUFFING]
    assert [raw[s.start : s.end].decode() for s in bytes_.spans] == [STUFFING]
    assert chars.text_len == len(text) and bytes_.text_len == len(raw)


texts = st.text(max_size=300) | st.builds(
    lambda a, b: a + " " + STUFFING + " " + b, st.text(max_size=120), st.text(max_size=120)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_char_span_slices_what_its_byte_span_slices(text: str) -> None:
    detector = _shared()
    chars = detector.analyze(text).spans
    bytes_ = detector.analyze(text, offsets="byte").spans
    raw = text.encode("utf-8")
    assert len(chars) == len(bytes_)
    for c, b in zip(chars, bytes_):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == raw[b.start : b.end].decode("utf-8")
        assert c.score == b.score


_DETECTOR: list[Detector] = []


def _shared() -> Detector:
    if not _DETECTOR:
        _DETECTOR.append(Detector())
    return _DETECTOR[0]


def test_lone_surrogates_raise_or_are_replaced_one_for_one(detector: Detector) -> None:
    text = "A broken \ud800 character.\n\n" + STUFFING + " \udfff"
    with pytest.raises(UnicodeEncodeError):
        detector.analyze(text)
    with pytest.raises(UnicodeEncodeError):
        detector.analyze_batch([PROSE, text])
    report = detector.analyze(text, errors="replace")
    assert [text[s.start : s.end] for s in report.spans] == [STUFFING]
    assert report.text_len == len(text)
    assert detector.clean(text, errors="replace") == "A broken \ufffd character.\n\n\ufffd"
    (batch,) = detector.analyze_batch([text], errors="replace")
    assert batch.span_tuples() == report.span_tuples()


def _variety() -> list[str]:
    return [
        "",
        PROSE,
        SPAMMY,
        "Путеводитель по городу. " + STUFFING,
        "東京の天気は晴れです。" * 20 + STUFFING,
        "x" * 10_000,
        SPAMMY * 40,
    ] * 5


@pytest.mark.parametrize("threads", [1, 2, 0])
def test_batch_equals_single(detector: Detector, threads: int) -> None:
    texts = _variety()
    singles = [detector.analyze(t).to_dict() for t in texts]
    assert [r.to_dict() for r in detector.analyze_batch(texts, num_threads=threads)] == singles
    bytes_ = [detector.analyze(t, offsets="byte").to_dict() for t in texts]
    batch = detector.analyze_batch(iter(texts), offsets="byte", num_threads=threads)
    assert [r.to_dict() for r in batch] == bytes_
    assert detector.clean_batch(tuple(texts), num_threads=threads) == [detector.clean(t) for t in texts]


def test_environment_sets_threads_and_bad_values_are_named(
    detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPAMSPLIT_NUM_THREADS", "2")
    assert detector.clean_batch([SPAMMY] * 4) == [PROSE] * 4
    monkeypatch.setenv("SPAMSPLIT_NUM_THREADS", "many")
    with pytest.raises(ValueError, match="SPAMSPLIT_NUM_THREADS"):
        detector.clean_batch([SPAMMY])
    assert detector.clean_batch([SPAMMY], num_threads=1) == [PROSE]


@pytest.mark.parametrize("dumps,loads", [(pickle.dumps, pickle.loads), (cloudpickle.dumps, cloudpickle.loads), (dill.dumps, dill.loads)])
def test_pickle_round_trip_keeps_settings_and_lexicon(dumps, loads, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lexicon.txt"
    path.write_text("[brand]\nzentrix\n[commerce]\nglorbo sale\n", encoding="utf-8")
    custom = Detector(threshold=0.6, min_tokens=3, extra_keywords=["glimmer deals"], lexicon=path)
    text = "Rain today.\n\nzentrix glorbo sale zentrix glorbo sale zentrix glorbo sale glimmer deals"
    copy = loads(dumps(custom))
    path.unlink()  # the copy needs no file
    assert (copy.threshold, copy.min_tokens) == (0.6, 3)
    assert copy.analyze(text).to_dict() == custom.analyze(text).to_dict()
    assert _terms(copy, text) == {"zentrix", "glorbo sale", "glimmer deals"}
    assert _terms(copy, SPAMMY) == set()  # the custom lexicon replaced the built-in one
    default = loads(dumps(Detector()))
    assert default.analyze(SPAMMY).to_dict() == Detector().analyze(SPAMMY).to_dict()


def test_lexicon_from_text_path_and_pathlike(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Rain today.\n\nzentrix glorbo sale zentrix glorbo sale zentrix glorbo sale"
    lexicon = "[brand]\nzentrix\n[commerce]\nglorbo sale\n"
    path = tmp_path / "lex.txt"
    path.write_text(lexicon, encoding="utf-8")
    for arg in (lexicon, str(path), path):
        assert _terms(Detector(lexicon=arg), text) == {"zentrix", "glorbo sale"}, arg
    assert "zentrix" not in _terms(Detector(), text)
    assert _terms(Detector(extra_keywords=["glorbo sale"]), text) == {"glorbo sale"}
    assert "ugg" in _terms(Detector(extra_keywords=["glorbo sale"]), SPAMMY)


def _terms(detector: Detector, text: str) -> set[str]:
    return {term for s in detector.analyze(text).spans for term, _, _ in s.signals.keywords}


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"threshold": 1.5}, "threshold must be within 0.0..=1.0, got 1.5"),
        ({"threshold": float("nan")}, "threshold must be within 0.0..=1.0, got NaN"),
        ({"min_tokens": 0}, "minimum span size must be at least 1 token, got 0"),
        ({"min_tokens": -3}, "minimum span size must be at least 1 token, got -3"),
        ({"min_tokens": 10**20}, "min_tokens is too large: at most 18446744073709551615, got 100000000000000000000"),
        ({"extra_keywords": ["moncler " * 750_000]}, "keyword 0 is 5999999 bytes long; a term has at most 256 bytes"),
        ({"extra_keywords": ["fine", "  "]}, 'keyword 1 ("  ") has no letters or digits'),
        ({"lexicon": "[nonsense]\nterm\n"}, "lexicon line 1"),
        ({"lexicon": "# only a comment\n"}, "the lexicon is empty"),
        ({"lexicon": "/no/such/dir/lexicon.txt"}, "cannot read lexicon file /no/such/dir/lexicon.txt"),
    ],
)
def test_bad_settings_raise_a_value_error_with_the_core_message(kwargs, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SpamSplitError) as err:
        Detector(**kwargs)
    assert isinstance(err.value, ValueError)
    assert message in str(err.value)


def test_bad_arguments_say_what_is_wrong(detector: Detector) -> None:
    with pytest.raises(ValueError, match="offsets must be"):
        detector.analyze(PROSE, offsets="words")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="errors must be"):
        detector.analyze(PROSE, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\]: expected str, got int"):
        detector.analyze_batch([PROSE, 7])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not a single str"):
        detector.analyze_batch(PROSE)
    with pytest.raises(TypeError):
        detector.analyze(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Detector(extra_keywords="one string")  # type: ignore[arg-type]


def test_hostile_inputs_get_answers_not_crashes(detector: Detector) -> None:
    inputs = [
        "\x00" * 1000,
        "\u202e" + STUFFING + "\u202c",
        "a\u0301" * 5000,
        ("http://x.example/" + "a" * 50 + " ") * 2000,
        "\n" * 100_000,
        "word " * 300_000,
    ]
    for text in inputs:
        report = detector.analyze(text)
        for s in report.spans:
            assert 0 <= s.start < s.end <= len(text)
    assert len(detector.analyze_batch(inputs, num_threads=2)) == len(inputs)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_can_run_batches_after_the_parent(detector: Detector) -> None:
    texts = _variety()
    expected = [r.to_dict() for r in detector.analyze_batch(texts, num_threads=2)]
    pid = os.fork()
    if pid == 0:  # the child: a hang here would be killed by the alarm
        signal.alarm(30)
        try:
            got = [r.to_dict() for r in detector.analyze_batch(texts, num_threads=2)]
            cleaned = detector.clean_batch(texts, num_threads=2)
            os._exit(0 if got == expected and len(cleaned) == len(texts) else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status), f"child killed by signal {os.WTERMSIG(status)} (hung?)"
    assert os.WEXITSTATUS(status) == 0


def test_package_metadata() -> None:
    assert spamsplit.__version__ == "0.1.0"
    assert spamsplit.DEFAULT_THRESHOLD == 0.5
    assert "builtin" in repr(Detector())
    assert sys.modules.get("datatrove") is None  # importing spamsplit loads no framework


def test_thread_counts_are_bounded_and_bad_ones_are_value_errors(detector: Detector) -> None:
    texts = [PROSE, SPAMMY] * 20
    expected = [r.to_dict() for r in detector.analyze_batch(texts)]
    # A billion threads is cut down to a few per core: the call returns.
    assert [r.to_dict() for r in detector.analyze_batch(texts, num_threads=10**9)] == expected
    assert detector.clean_batch(texts, num_threads=10**30)[1] == PROSE
    for bad in (-1, -(10**30)):
        with pytest.raises(SpamSplitError, match="num_threads must be 0 or more"):
            detector.analyze_batch(texts, num_threads=bad)
    with pytest.raises(TypeError, match="num_threads must be an int"):
        detector.analyze_batch(texts, num_threads="2")  # type: ignore[arg-type]


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_a_huge_keyword_is_refused_in_little_memory() -> None:
    # The peak resident size of this process alone (VmHWM; ru_maxrss would
    # carry the parent's over exec).
    code = (
        "import spamsplit\n"
        "try:\n"
        "    spamsplit.Detector(extra_keywords=['moncler ' * 750000])\n"
        "except spamsplit.SpamSplitError as e:\n"
        "    print('refused', e)\n"
        "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
        "print(status.split()[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    refused, peak_kb = done.stdout.splitlines()
    assert refused.startswith("refused keyword 0")
    assert int(peak_kb) < 200 * 1024, f"peak {peak_kb} KB"


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="needs POSIX signals")
def test_ctrl_c_stops_a_long_batch() -> None:
    # Minutes of work (one megabyte analysed again and again): before the
    # batch checked for signals between chunks, SIGINT waited for all of it
    # and this test hit its timeout.
    code = (
        # A process started with SIGINT ignored (a background job of a
        # shell without job control) passes that on, and Python then leaves
        # it ignored: the child takes Ctrl-C as an interactive session does.
        "import signal, sys, spamsplit\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "d = spamsplit.Detector()\n"
        "text = 'The port said the ferry runs again on Monday. ' * 22000\n"
        "texts = [text] * 20000\n"
        "print('started', flush=True)\n"
        "try:\n"
        "    d.analyze_batch(texts, num_threads=2)\n"
        "    print('finished')\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted')\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "started"
    import time

    time.sleep(0.5)
    child.send_signal(signal.SIGINT)
    out, _ = child.communicate(timeout=60)
    assert out.strip() == "interrupted"
