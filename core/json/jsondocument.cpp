#include "jsondocument.h"

#include <algorithm>
#include <cstring>
#include <new>

namespace sa::core {

void *JsonArena::allocate(std::size_t bytes, std::size_t alignment)
{
    if (bytes == 0)
        bytes = 1;
    auto padding = [&] {
        const auto address = reinterpret_cast<std::uintptr_t>(m_cursor);
        return (alignment - address % alignment) % alignment;
    };
    if (!m_cursor || padding() + bytes > m_remaining) {
        const std::size_t blockSize = std::max(m_nextBlockSize, bytes + alignment);
        m_blocks.push_back(std::make_unique_for_overwrite<std::byte[]>(blockSize));
        m_cursor = m_blocks.back().get();
        m_remaining = blockSize;
        m_bytesAllocated += blockSize;
        m_nextBlockSize = std::min<std::size_t>(m_nextBlockSize * 2, 16 * 1024 * 1024);
    }
    const std::size_t skip = padding();
    std::byte *result = m_cursor + skip;
    m_cursor = result + bytes;
    m_remaining -= skip + bytes;
    return result;
}

char *JsonArena::allocateChars(std::size_t count)
{
    return static_cast<char *>(allocate(count, 1));
}

std::string_view JsonArena::copyString(std::string_view text)
{
    char *target = allocateChars(text.size());
    if (!text.empty())
        std::memcpy(target, text.data(), text.size());
    return {target, text.size()};
}

std::span<JsonValue> JsonArena::allocateValues(std::size_t count)
{
    auto *memory = static_cast<JsonValue *>(allocate(count * sizeof(JsonValue), alignof(JsonValue)));
    std::uninitialized_default_construct_n(memory, count);
    return {memory, count};
}

std::span<JsonMember> JsonArena::allocateMembers(std::size_t count)
{
    auto *memory = static_cast<JsonMember *>(allocate(count * sizeof(JsonMember), alignof(JsonMember)));
    std::uninitialized_default_construct_n(memory, count);
    return {memory, count};
}

JsonDocument::JsonDocument()
    : m_arena(std::make_unique<JsonArena>())
{
}

JsonDocument::JsonDocument(JsonDocument &&) noexcept = default;
JsonDocument &JsonDocument::operator=(JsonDocument &&) noexcept = default;
JsonDocument::~JsonDocument() = default;

void JsonDocument::keepAlive(std::shared_ptr<const JsonDocument> document)
{
    if (document)
        m_borrowed.push_back(std::move(document));
}

JsonValue JsonDocument::copyIntoArena(const JsonValue &value)
{
    switch (value.type()) {
    case JsonType::Null:
    case JsonType::Bool:
    case JsonType::Number:
        return value;
    case JsonType::String:
        return JsonValue::fromString(m_arena->copyString(value.toString()));
    case JsonType::Array: {
        const auto source = value.elements();
        auto target = m_arena->allocateValues(source.size());
        for (std::size_t i = 0; i < source.size(); ++i)
            target[i] = copyIntoArena(source[i]);
        return JsonValue::fromArray(target);
    }
    case JsonType::Object: {
        const auto source = value.members();
        auto target = m_arena->allocateMembers(source.size());
        for (std::size_t i = 0; i < source.size(); ++i)
            target[i] = {m_arena->copyString(source[i].name), copyIntoArena(source[i].value)};
        return JsonValue::fromObject(target);
    }
    }
    return {};
}

} // namespace sa::core
