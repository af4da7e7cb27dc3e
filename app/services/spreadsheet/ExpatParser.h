#pragma once

#include <QByteArray>
#include <algorithm>
#include <cstring>
#include <expat.h>
#include <string_view>

namespace sn {

// Expat for the two large parts, the shared strings and the sheet: a 50,000-row table has megabytes of each,
// and expat reads them several times faster than QXmlStreamReader (which still reads the small parts).
// Element names arrive as "namespace<0x01>local" (XML_ParserCreateNS); only the local name matters here.
class ExpatParser
{
public:
    ExpatParser()
        : m_parser(XML_ParserCreateNS("UTF-8", '\x01'))
    {
        XML_SetUserData(m_parser, this);
        XML_SetElementHandler(m_parser, &ExpatParser::onStart, &ExpatParser::onEnd);
        XML_SetCharacterDataHandler(m_parser, &ExpatParser::onText);
    }
    virtual ~ExpatParser() { XML_ParserFree(m_parser); }
    ExpatParser(const ExpatParser &) = delete;
    ExpatParser &operator=(const ExpatParser &) = delete;

    // The line the parser stopped at (for the message about a damaged part).
    int line() const { return int(XML_GetCurrentLineNumber(m_parser)); }

    // False for XML that is not well-formed or a document the handlers refused.
    bool parse(const QByteArray &xml)
    {
        constexpr qsizetype Chunk = 16 * 1024 * 1024;
        for (qsizetype pos = 0;;) {
            const qsizetype n = std::min(Chunk, xml.size() - pos);
            const bool last = pos + n >= xml.size();
            if (XML_Parse(m_parser, xml.constData() + pos, int(n), last) != XML_STATUS_OK || m_failed)
                return false;
            if (last)
                return true;
            pos += n;
        }
    }

protected:
    virtual void start(std::string_view name, const char **attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view text) = 0;
    void fail()
    {
        m_failed = true;
        XML_StopParser(m_parser, XML_FALSE);
    }
    static std::string_view attribute(const char **attributes, std::string_view name)
    {
        for (const char **a = attributes; *a; a += 2) {
            if (localName(*a) == name)
                return a[1];
        }
        return {};
    }
    // An attribute in one namespace: "urn:oasis:names:tc:opendocument:xmlns:office:1.0" and "value-type".
    static std::string_view attribute(const char **attributes, std::string_view ns, std::string_view name)
    {
        for (const char **a = attributes; *a; a += 2) {
            const std::string_view full(*a);
            if (full.size() == ns.size() + 1 + name.size() && full.substr(0, ns.size()) == ns
                && full.substr(ns.size() + 1) == name)
                return a[1];
        }
        return {};
    }

private:
    static std::string_view localName(const char *name)
    {
        const char *separator = std::strrchr(name, '\x01');
        return separator ? separator + 1 : name;
    }
    static void XMLCALL onStart(void *self, const char *name, const char **attributes)
    {
        static_cast<ExpatParser *>(self)->start(localName(name), attributes);
    }
    static void XMLCALL onEnd(void *self, const char *name) { static_cast<ExpatParser *>(self)->end(localName(name)); }
    static void XMLCALL onText(void *self, const char *text, int length)
    {
        static_cast<ExpatParser *>(self)->text(std::string_view(text, size_t(length)));
    }

    XML_Parser m_parser;
    bool m_failed = false;
};

} // namespace sn
