<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements of the text that no template renders (issue 4, unknown markup): their content is kept
  (a div when it holds blocks, else a span, classed by the element's name) and an `info`
  diagnostic `unhandled-element` is reported once per element name, at its first occurrence in
  the text, through the xsl:message protocol of src/xml/run-stylesheet.ts.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:dx="urn:teikit:diagnostic"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:key name="h:by-name" match="*[not(ancestor::teiHeader or ancestor::standOff)]" use="node-name()"/>

  <xsl:template match="*" mode="h:text" priority="-10">
    <xsl:variable name="same" select="key('h:by-name', node-name(.))"/>
    <xsl:if test="$same[1] is .">
      <xsl:message>
        <dx:diagnostic severity="info" rule="unhandled-element" path="{path(.)}">Unexpected element `{name()}` in the HTML target ({count($same)} in the document), expected an element it renders; its text is kept</dx:diagnostic>
      </xsl:message>
    </xsl:if>
    <xsl:element name="{if (h:has-block(.) or h:in-block-context(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-' || replace(local-name(), '[^A-Za-z0-9_-]', '')"/>
      <xsl:call-template name="h:ids"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
