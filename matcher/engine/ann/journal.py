"""The journal of an index generation: the changes made to a saved set since it was written, one record per
committed write, so that a write at a million organisations appends a few kilobytes instead of saving every
index file again.

A record is `length (8 bytes) | CRC-32 of the payload (4 bytes) | payload`; the payload is a JSON header of
the operations in order (`["remove", index, ids]` or `["upsert", index, ids]`) followed by the upserted
vectors as float32, in the order of the operations. Only the first `journal_bytes` bytes that `meta.json`
names are ever read: a record written and not yet named (the process died in between) is ignored and
overwritten by the next append, so the journal grows only by published, whole records. A damaged record
inside the named part raises, and the caller rebuilds the index from the database.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from matcher.kit.files import fsync_dir

JOURNAL_FILE = "journal.log"
_HEADER = struct.Struct("<QI")  # payload length, CRC-32 of the payload
_LENGTH = struct.Struct("<I")  # the JSON part's length, at the start of the payload


@dataclass
class Operation:
    kind: str  # "remove" or "upsert"
    index: str  # "profiles", "offers" or "requests"
    ids: list[int]
    vectors: np.ndarray | None = None  # an upsert's, one row per id


@dataclass
class Changes:
    """The operations made to a set since it was last saved or appended to its journal."""

    operations: list[Operation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.operations)

    def vector_bytes(self) -> int:
        """The size of the upserted vectors, most of a record's."""
        return sum(op.vectors.nbytes for op in self.operations if op.vectors is not None)

    def remove(self, index: str, ids: list[int]) -> None:
        if ids:
            self.operations.append(Operation("remove", index, list(ids)))

    def upsert(self, index: str, ids: list[int], vectors: np.ndarray) -> None:
        if ids:
            self.operations.append(Operation("upsert", index, list(ids), np.asarray(vectors, np.float32)))

    def record(self) -> bytes:
        """These operations as one journal record."""
        header = json.dumps([[op.kind, op.index, op.ids] for op in self.operations]).encode()
        vectors = b"".join(
            np.ascontiguousarray(op.vectors, dtype="<f4").tobytes()
            for op in self.operations
            if op.vectors is not None
        )
        payload = _LENGTH.pack(len(header)) + header + vectors
        return _HEADER.pack(len(payload), zlib.crc32(payload)) + payload


def read_records(path: Path, length: int, dimension: int) -> Iterator[list[Operation]]:
    """The operations of each record in the first `length` bytes of the journal at `path`. Raises `OSError`
    when the file is shorter and `RuntimeError` when a record is damaged."""
    with path.open("rb") as fh:
        data = fh.read(length)
    if len(data) != length:
        raise OSError(f"{path} holds {len(data)} bytes, meta.json names {length}")
    at = 0
    while at < length:
        if at + _HEADER.size > length:
            raise RuntimeError(f"{path}: a record is cut off at byte {at}")
        size, crc = _HEADER.unpack_from(data, at)
        payload = data[at + _HEADER.size : at + _HEADER.size + size]
        if len(payload) != size or zlib.crc32(payload) != crc:
            raise RuntimeError(f"{path}: the record at byte {at} is damaged")
        try:
            yield _operations(payload, dimension)
        except (ValueError, KeyError, TypeError, struct.error) as exc:
            raise RuntimeError(f"{path}: the record at byte {at} cannot be read ({exc})") from exc
        at += _HEADER.size + size


def _operations(payload: bytes, dimension: int) -> list[Operation]:
    (header_size,) = _LENGTH.unpack_from(payload)
    header = json.loads(payload[_LENGTH.size : _LENGTH.size + header_size])
    vectors = memoryview(payload)[_LENGTH.size + header_size :]
    result = []
    for kind, index, ids in header:
        if kind not in ("remove", "upsert"):
            raise ValueError(f"unknown operation {kind!r}")
        op = Operation(kind, index, [int(i) for i in ids])
        if kind == "upsert":
            size = len(ids) * dimension * 4
            op.vectors = np.frombuffer(vectors[:size], dtype="<f4").reshape(len(ids), dimension)
            vectors = vectors[size:]
        result.append(op)
    return result


def append_record(path: Path, offset: int, record: bytes) -> int:
    """Write `record` at `offset` of the journal at `path` (cutting off whatever an unpublished append left
    after it), durably; the journal's new length."""
    new = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        os.pwrite(fd, record, offset)
        os.ftruncate(fd, offset + len(record))
        os.fsync(fd)
    finally:
        os.close(fd)
    if new:
        fsync_dir(path.parent)
    return offset + len(record)
