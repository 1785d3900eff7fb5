#pragma once

#include "jsonvalue.h"

#include <QByteArray>

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace sa::core {

// A bump allocator for the strings, elements and members of one document. Memory is
// released all at once with the arena; blocks never move, so pointers into them stay valid.
class JsonArena
{
public:
    JsonArena() = default;
    JsonArena(const JsonArena &) = delete;
    JsonArena &operator=(const JsonArena &) = delete;

    std::string_view copyString(std::string_view text);
    char *allocateChars(std::size_t count);
    std::span<JsonValue> allocateValues(std::size_t count);
    std::span<JsonMember> allocateMembers(std::size_t count);
    std::size_t bytesAllocated() const { return m_bytesAllocated; }

private:
    void *allocate(std::size_t bytes, std::size_t alignment);

    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_cursor = nullptr;
    std::size_t m_remaining = 0;
    std::size_t m_nextBlockSize = 64 * 1024;
    std::size_t m_bytesAllocated = 0;
};

// An immutable JSON document: its root value and everything the values point into (its
// arena, the source bytes for unescaped strings, documents it borrowed subtrees from).
// Build one, then share it as JsonDocumentPtr; a shared document is read-only and may be
// read from any thread.
class JsonDocument
{
public:
    JsonDocument();
    JsonDocument(JsonDocument &&) noexcept;
    JsonDocument &operator=(JsonDocument &&) noexcept;
    ~JsonDocument();

    const JsonValue &root() const { return m_root; }

    // Building (only before the document is shared).
    JsonArena &arena() { return *m_arena; }
    void setRoot(JsonValue root) { m_root = root; }
    // Values may point into these; the document keeps them alive.
    void keepAlive(const QByteArray &buffer) { m_buffers.push_back(buffer); }
    void keepAlive(std::shared_ptr<const JsonDocument> document);

    // A deep copy of `value` whose memory belongs to this document's arena.
    JsonValue copyIntoArena(const JsonValue &value);

private:
    std::unique_ptr<JsonArena> m_arena;
    JsonValue m_root;
    std::vector<QByteArray> m_buffers;
    std::vector<std::shared_ptr<const JsonDocument>> m_borrowed;
};

using JsonDocumentPtr = std::shared_ptr<const JsonDocument>;

} // namespace sa::core
