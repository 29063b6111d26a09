<?xml version="1.0" encoding="UTF-8"?>
<!--
  `notes` (docs/encoding.md §7.6 Editorial notes): every note of the text with its id (@xml:id, or
  `note-N` by its position among the notes), type (null when none), text (whitespace normalised)
  and anchor: the offset in the reading text where it stands (null for a note inside furniture).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `notes`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-notes" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="notes" as="xs:string*">
      <xsl:for-each select="ed:json-match($ctx?texts//note, $ctx?marks[?1/self::note])">
        <xsl:variable name="at" as="xs:integer?" select="?7"/>
        <xsl:variable name="i" as="xs:integer" select="position()"/>
        <xsl:for-each select="?1">
          <xsl:sequence select="ed:j-object((ed:j-string('id', (@xml:id, 'note-' || $i)[1]), ed:j-string('type', @type ! string(.)),
            ed:j-string('text', normalize-space(.)), ed:j-member('anchor', if (exists($at)) then string($at) else 'null')))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('notes', ed:j-array($notes))"/>
  </xsl:function>

</xsl:stylesheet>
