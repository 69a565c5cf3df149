// libxml2's HTML parser and tree API, for BilatExtraction's HTML reader.
#ifndef BILAT_CLIBXML2_SHIM_H
#define BILAT_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its encoding.h then includes the system ICU headers, which
// clash with the ICU that Foundation bundles (same C enums, other members). Bilat never touches
// the encoding handler struct that needs them, so the headers are read without the ICU part.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif
