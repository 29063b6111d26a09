<?xml version="1.0" encoding="UTF-8"?>
<!--
  Building blocks of the JSON target: JSON text written member by member in the order of
  schemas/edition.schema.json. Every value goes through these functions: strings through
  ed:j-quote (escaped by fn:xml-to-json, XPath Functions 3.1 §17.5, whenever they hold a
  character that JSON escapes), numbers as integers. The model has a few hundred thousand values on
  a 10 MB document: as strings they cost a fraction of the element tree that xml-to-json would
  read (and of maps, which SaxonJS builds entry by entry and which do not keep key order).
  TypeScript parses the result (src/targets/json.ts), so a malformed text could not pass unseen.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    A JSON string, or null when there is no value. A string without quotation marks, backslashes
    or control characters is written as it is; any other is escaped by fn:xml-to-json.
    $value: the string, if any.
  -->
  <xsl:function name="ed:j-quote" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="empty($value)"><xsl:sequence select="'null'"/></xsl:when>
      <xsl:when test="not(matches($value, '[&quot;\\\p{Cc}]'))">
        <xsl:sequence select="'&quot;' || $value || '&quot;'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="string" as="element()"><j:string>{$value}</j:string></xsl:variable>
        <xsl:sequence select="xml-to-json($string)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    A member: its name and its value.
    $key: the member name (a name of the model, which needs no escaping).
    $json: the value as JSON text.
  -->
  <xsl:function name="ed:j-member" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="json" as="xs:string"/>
    <xsl:sequence select="'&quot;' || $key || '&quot;:' || $json"/>
  </xsl:function>

  <!--
    An object of members, in the order given.
    $members: the members (ed:j-member and the functions below).
  -->
  <xsl:function name="ed:j-object" as="xs:string">
    <xsl:param name="members" as="xs:string*"/>
    <xsl:sequence select="'{' || string-join($members, ',') || '}'"/>
  </xsl:function>

  <!--
    An array of values, in the order given.
    $values: the values as JSON text.
  -->
  <xsl:function name="ed:j-array" as="xs:string">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="'[' || string-join($values, ',') || ']'"/>
  </xsl:function>

  <!--
    A string member, or null when there is no value.
    $key: the member name.
    $value: the string, if any.
  -->
  <xsl:function name="ed:j-string" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="ed:j-member($key, ed:j-quote($value))"/>
  </xsl:function>

  <!--
    A boolean member.
    $key: the member name.
    $value: the value.
  -->
  <xsl:function name="ed:j-boolean" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:boolean"/>
    <xsl:sequence select="ed:j-member($key, string($value))"/>
  </xsl:function>

  <!--
    An array member of strings.
    $key: the member name.
    $values: the strings.
  -->
  <xsl:function name="ed:j-strings" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="ed:j-member($key, ed:j-array($values ! ed:j-quote(.)))"/>
  </xsl:function>

  <!--
    The member `range` of a located node: [start, end) in UTF-16 code units of the text.
    $record: the node's record (ed:json-layout), one that has an end.
  -->
  <xsl:function name="ed:j-range" as="xs:string">
    <xsl:param name="record" as="array(*)"/>
    <xsl:sequence select="'&quot;range&quot;:[' || $record?3 || ',' || $record?4 || ']'"/>
  </xsl:function>

  <!--
    The text a located node covers in the reading text, as a JSON string: exactly
    text.slice(start, end), joined from its strings (never substring() of the whole text, which
    SaxonJS scans per call). When the text holds no control character but line feeds
    (`plain` in the context), a surface needs escaping only for a quotation mark, a backslash or a
    line feed, which contains() finds without a regular expression (SaxonJS translates the one of
    matches() on every call, and a large document has a hundred thousand surfaces).
    $ctx: the model's context (ed:json-context).
    $record: the node's record, one that has an end.
  -->
  <xsl:function name="ed:j-surface" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:param name="record" as="array(*)"/>
    <xsl:variable name="s" as="xs:string" select="string-join(array:subarray($ctx?strings, $record?5, $record?6 - $record?5 + 1)?*)"/>
    <xsl:sequence select="if ($ctx?plain and not(contains($s, '&quot;') or contains($s, '\') or contains($s, '&#10;')))
      then '&quot;' || $s || '&quot;' else ed:j-quote($s)"/>
  </xsl:function>

</xsl:stylesheet>
