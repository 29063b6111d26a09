<?xml version="1.0" encoding="UTF-8"?>
<!--
  Building blocks of the JSON target: members in the XML vocabulary of fn:xml-to-json (XPath
  Functions 3.1 §17.5), whose serialisation keeps the order in which they are written, and the
  context every part of the model reads: the reading text and the offsets of its marked nodes.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    A string member, or null when there is no value.
    $key: the member name.
    $value: the string, if any.
  -->
  <xsl:function name="ed:j-string" as="element()">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="exists($value)"><j:string key="{$key}">{$value}</j:string></xsl:when>
      <xsl:otherwise><j:null key="{$key}"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    A boolean member.
    $key: the member name.
    $value: the value.
  -->
  <xsl:function name="ed:j-boolean" as="element()">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:boolean"/>
    <j:boolean key="{$key}">{$value}</j:boolean>
  </xsl:function>

  <!--
    An array member of strings.
    $key: the member name.
    $values: the strings.
  -->
  <xsl:function name="ed:j-strings" as="element()">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <j:array key="{$key}">
      <xsl:for-each select="$values"><j:string>{.}</j:string></xsl:for-each>
    </j:array>
  </xsl:function>

  <!--
    The offsets of a node in the reading text, if it is there (ed:offsets of json/offsets.xsl).
    $ctx: the model's context (ed:json-context).
    $node: the node.
  -->
  <xsl:function name="ed:j-offsets" as="map(*)?">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="ed:offsets-of($ctx?offsets, $node)"/>
  </xsl:function>

  <!--
    Whether a node has a range in the reading text (it is neither furniture nor an editorial note).
    $ctx: the model's context.
    $node: the node.
  -->
  <xsl:function name="ed:j-has-range" as="xs:boolean">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists(ed:j-offsets($ctx, $node)?end)"/>
  </xsl:function>

  <!--
    The member `range`: [start, end) in UTF-16 code units of the text.
    $ctx: the model's context.
    $node: a node that has a range.
  -->
  <xsl:function name="ed:j-range" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="o" as="map(*)" select="ed:j-offsets($ctx, $node)"/>
    <j:array key="range"><j:number>{$o?start}</j:number><j:number>{$o?end}</j:number></j:array>
  </xsl:function>

  <!--
    The text a node covers in the reading text: exactly text.slice(start, end).
    $ctx: the model's context.
    $node: a node that has a range.
  -->
  <xsl:function name="ed:j-surface" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="ed:marked-text($ctx?strings, ed:j-offsets($ctx, $node))"/>
  </xsl:function>

</xsl:stylesheet>
