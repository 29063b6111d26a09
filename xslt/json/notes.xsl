<?xml version="1.0" encoding="UTF-8"?>
<!--
  `notes` (ENCODING.md §4 Editorial notes): every note of the text with its id (@xml:id, or
  `note-N` by its position among the notes), type (null when none), text (whitespace normalised)
  and anchor: the offset in the reading text where it stands (null for a note inside furniture).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `notes`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-notes" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <j:array key="notes">
      <xsl:for-each select="outermost($ctx?doc//text)//note">
        <xsl:variable name="at" as="xs:integer?" select="ed:j-offsets($ctx, .)?at"/>
        <j:map>
          <xsl:sequence select="ed:j-string('id', (@xml:id, 'note-' || position())[1]), ed:j-string('type', @type ! string(.)),
            ed:j-string('text', normalize-space(.))"/>
          <xsl:choose>
            <xsl:when test="exists($at)"><j:number key="anchor">{$at}</j:number></xsl:when>
            <xsl:otherwise><j:null key="anchor"/></xsl:otherwise>
          </xsl:choose>
        </j:map>
      </xsl:for-each>
    </j:array>
  </xsl:function>

</xsl:stylesheet>
