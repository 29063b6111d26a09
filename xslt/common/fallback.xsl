<?xml version="1.0" encoding="UTF-8"?>
<!--
  The fallback of the text stream: an element that no rule of mode ed:stream knows keeps its text
  (its children are processed) and is reported as an `info` diagnostic `unhandled-element`
  through the xsl:message protocol of src/xml/run-stylesheet.ts.
  One diagnostic per element name per document, at its first occurrence in the text, with the
  number of occurrences: a large document with a thousand unknown `foo` elements gives one line
  that says so, and the path still leads to an example. A target that includes this module
  defines `$ed:target-name` (used in the message).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:teikit:ed"
  xmlns:d="urn:teikit:diagnostic"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Elements by their name, for counting and finding the first of each. -->
  <xsl:key name="ed:by-name" match="*" use="name()"/>

  <xsl:template match="*" mode="ed:stream" priority="-1" as="item()*">
    <xsl:if test=". is (key('ed:by-name', name(), root())[not(ancestor::teiHeader or ancestor::standOff)])[1]">
      <xsl:message>
        <d:diagnostic severity="info" rule="unhandled-element" path="{path()}">Unexpected element `<xsl:value-of
          select="name()"/>` (<xsl:value-of select="count(key('ed:by-name', name(), root()))"/> in the document), expected an element the <xsl:value-of
          select="$ed:target-name"/> target knows: its text is kept</d:diagnostic>
      </xsl:message>
    </xsl:if>
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

</xsl:stylesheet>
