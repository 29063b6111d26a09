<?xml version="1.0" encoding="UTF-8"?>
<!--
  The JSON model of a document (schemas/edition.schema.json), in this member order:
  schemaVersion, id, metadata, text, pages, blocks, entities, quotes, dates, notes.
  `text` is the reading text (common/reading.xsl) as the text target writes it without wrapping;
  every range is [start, end) in its UTF-16 code units.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- Version of the model; a change that breaks readers changes the major number. -->
  <xsl:variable name="ed:schema-version" as="xs:string" select="'1.0.0'"/>

  <!--
    What every part of the model reads: the document, the reading text, the offsets of its marked
    nodes, its strings (for the text of a node: ed:marked-text), its length in UTF-16 code units,
    and the document's page breaks in order.
    $doc: the document.
  -->
  <xsl:function name="ed:json-context" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="laid" as="item()*" select="ed:layout(ed:stream($doc))"/>
    <xsl:variable name="offsets" as="map(*)" select="ed:offsets($laid)"/>
    <xsl:sequence select="map {
      'doc': $doc,
      'text': ed:laid-text($laid),
      'strings': array { ed:laid-strings($laid) },
      'offsets': $offsets,
      'length': $offsets?length,
      'pbs': outermost($doc//text)//pb
    }"/>
  </xsl:function>

  <xsl:template match="/" as="xs:string">
    <xsl:variable name="ctx" as="map(*)" select="ed:json-context(.)"/>
    <xsl:variable name="model" as="element()">
      <j:map>
        <j:string key="schemaVersion">{$ed:schema-version}</j:string>
        <xsl:sequence select="ed:j-string('id', (/*/@xml:id, /*/teiHeader//publicationStmt/idno[@type = 'local'])[1] ! string(.))"/>
        <xsl:sequence select="ed:json-metadata(.)"/>
        <j:string key="text">{$ctx?text}</j:string>
        <xsl:sequence select="ed:json-pages($ctx), ed:json-blocks($ctx), ed:json-entities($ctx),
          ed:json-quotes($ctx), ed:json-dates($ctx), ed:json-notes($ctx)"/>
      </j:map>
    </xsl:variable>
    <xsl:sequence select="xml-to-json($model)"/>
  </xsl:template>

</xsl:stylesheet>
